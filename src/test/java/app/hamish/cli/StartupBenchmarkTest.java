package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --startup} once, from this build's classes (no jar, so no AOT cache beside it): the README's command
 * started as a real process to its first window beside the same JVM's empty window, each figure with its limit,
 * ratio and target. Timings are never asserted.
 */
class StartupBenchmarkTest {
    private static final String MS = "\\d+ ms";

    @TempDir
    Path folder;

    @Test
    void printsTheFirstWindowsMedianBesideAnEmptyWindowsWithTheRatioAndTheTarget() {
        CommandLineTest.Run run = CommandLineTest.hamish("bench", "--startup", "--starts", "1", "--folder",
                folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(run.out().lines()).satisfiesExactly(
                header -> assertThat(header).matches("startup: \\S+java -cp \\S+ app\\.hamish\\.cli\\.Main "
                        + "--exit-when-shown, headless \\(Monocle, software rendering: no DISPLAY\\); 1 starts of "
                        + "each, in turns, each on a fresh copy of the sample workspace and an empty home"),
                cache -> assertThat(cache).matches("startup with the AOT cache: not measured, there is no "
                        + "hamish\\.aot beside -cp \\S+ app\\.hamish\\.cli\\.Main \\(\\./mvnw package trains it\\)"),
                ratio -> assertThat(ratio).matches("startup without the AOT cache: median " + MS + ", \\d+\\.\\d\\dx "
                        + "the same JVM showing an empty JavaFX window without it \\(target < 1500 ms median on an "
                        + "idle machine\\)"),
                figures -> assertThat(figures).matches("  Hamish median " + MS + ", max " + MS + "; empty window "
                        + "median " + MS + ", max " + MS));
    }

    /** A child that hangs with its output open is given up on after the timeout, and not left running. */
    @Test
    void aChildThatNeverExitsIsStoppedAfterTheTimeout() throws Exception {
        Process hung = new ProcessBuilder("sleep", "30").start();
        try {
            assertThatThrownBy(() -> StartupBenchmark.untilExit(hung, System.nanoTime(), Duration.ofMillis(200)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not exit");
            assertThat(hung.waitFor()).as("stopped, not left running").isNotZero();
        } finally {
            hung.destroyForcibly();
        }
    }

    /**
     * A JVM given a cache it cannot use goes on without it, saying so only in its log: the bench must see that line,
     * or its "with the AOT cache" figures would be figures without it.
     */
    @Test
    void seesTheJvmRefuseACacheItCannotUse() throws Exception {
        Path notACache = Files.writeString(folder.resolve("hamish.aot"), "not a cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<String> refused = printedBy(java, "-XX:AOTCache=" + notACache, "-version");
        List<String> plain = printedBy(java, "-version");

        assertThat(StartupBenchmark.cacheRefusal(refused)).get(InstanceOfAssertFactories.STRING).contains("AOT cache");
        assertThat(StartupBenchmark.cacheRefusal(plain)).isEmpty();
    }

    private static List<String> printedBy(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return StartupBenchmark.untilExit(process, System.nanoTime(), Duration.ofSeconds(60)).printed();
    }
}
