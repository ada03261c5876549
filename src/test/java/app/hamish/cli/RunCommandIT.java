package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code java -XX:AOTCache=target/hamish.aot -jar target/hamish.jar}, on the jar and cache
 * the package phase made, as an analyst starts it every day: no arguments (but the one that ends it once shown), the
 * name and the workspace remembered from the first start. Run by
 * failsafe in integration-test (the linux-app-image profile).
 */
class RunCommandIT {
    @TempDir
    Path folder;

    /**
     * A cache holding JDK 25's adapter code made every start print two JVM warnings (JDK-8364929): the training
     * leaves that code out (decision 0072).
     */
    @Test
    void theEverydayStartPrintsNoWarningOfTheJvm() throws Exception {
        StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        start("--workspace", folder.resolve("w.db").toString(), "--exit-when-shown");

        List<String> printed = start("--exit-when-shown");

        assertThat(printed).as("what the everyday start printed").contains("hamish: first window shown")
                .noneMatch(line -> line.contains("][warning]"));
    }

    /**
     * The cache is trained on a start that presses each key once (decision 0074): the classes the analyst's and the
     * reviewer's first presses load come from it, not from the jar, where a cache trained only to the first window
     * left them to be read, verified and linked during the first press.
     */
    @Test
    void theCacheHoldsWhatTheKeysFirstPressesLoad() throws Exception {
        StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        start("--workspace", folder.resolve("w.db").toString(), "--exit-when-shown");

        List<String> printed = start(List.of("-Xlog:class+load=info"), "--rehearse-keys");

        assertThat(printed).contains("hamish: rehearsal done");
        for (String pressed : List.of("app.hamish.ui.session.CreateAnnotation",
                "app.hamish.ui.session.DeleteAnnotation", "app.hamish.ui.session.Decide")) {
            assertThat(printed).as("where %s was loaded from", pressed)
                    .filteredOn(line -> line.contains(" " + pressed + " ")).singleElement()
                    .asString().contains("source: shared objects file");
        }
    }

    /**
     * JDK 25's cache holds no lambda whose interface has static fields and default methods, as JavaFX's
     * {@code Subscription} has: each such call site of Hamish's own on the everyday start's path was generated again
     * at every start, on the FX thread before the first frame (decision 0088). Those of JavaFX and ReactFX are theirs.
     */
    @Test
    void theEverydayStartMakesNoLambdaOfItsOwnBeforeItsFirstWindow() throws Exception {
        StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        start("--workspace", folder.resolve("w.db").toString(), "--exit-when-shown");

        List<String> printed = start(List.of("-Xlog:class+load=info"), "--exit-when-shown");

        assertThat(printed).as("the start's own output").contains("hamish: first window shown");
        List<String> beforeTheWindow = printed.subList(0, printed.indexOf("hamish: first window shown"));
        assertThat(beforeTheWindow).as("Hamish's lambdas loaded before the first window, not from the cache")
                .filteredOn(line -> line.contains(" app.hamish.") && line.contains("$$Lambda"))
                // Those the cache holds are listed too: none at all would be a log not read.
                .isNotEmpty()
                .allMatch(line -> line.contains("source: shared objects file"));
    }

    /**
     * JDK 25 compiles early in every start each method the cache's training compiled; the rehearsal's windows, import
     * and keys made thousands of methods hot that the everyday start calls a few hundred times, and their compiling
     * took the FX thread's second core before the first frame. The training compiles at eight times the JDK's
     * thresholds (decision 0102): a command's keys, asked of each command whenever a window makes its key bindings,
     * and the highlights' painting, which the rehearsal runs several hundred times each, are not recorded as compiled;
     * the normaliser's inner loop, run over every sample article, still is (a listing without it would be a listing
     * not read), and so is the beam search of the recommender's names, run over the rehearsal's long article
     * (decision 0104): a start compiles it as soon as it runs it.
     */
    @Test
    void theCacheRecordsAsCompiledOnlyWhatTheTrainingRanThousandsOfTimes() throws Exception {
        List<String> printed = start(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+AOTPrintTrainingInfo"),
                "--version");

        assertThat(printed).as("the methods the cache's training data lists")
                .anyMatch(trained("app/hamish/model/ArabicNormalizer[L].fold(I)I"))
                .anyMatch(trained("app/hamish/service/recommender/NameDecoder[L].best("));
        assertThat(printed).filteredOn(trained("app/hamish/ui/command/Command[L].keys(")
                        .or(trained("app/hamish/ui/article/ShapeLayer[L].reach(")))
                .as("what the rehearsal ran several hundred times, listed as compiled").isEmpty();
    }

    /** A line of {@code -XX:+AOTPrintTrainingInfo} listing a method (whose name begins so) as the training ran it. */
    private static Predicate<String> trained(String method) {
        return Pattern.compile(": 0x\\p{XDigit}+ M " + Pattern.quote(method)).asPredicate();
    }

    /** @return the lines it printed, having exited 0 within 120 s */
    private List<String> start(String... arguments) throws Exception {
        return start(List.of(), arguments);
    }

    /** As {@link #start(String...)}, with the JVM's {@code options} besides those every start here has. */
    private List<String> start(List<String> options, String... arguments) throws Exception {
        Path target = Path.of(System.getProperty("hamish.runCommand.folder"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:AOTCache=" + target.resolve("hamish.aot"), "-jar", target.resolve("hamish.jar").toString()));
        command.addAll(List.of(arguments));
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // AOTMode=on: a cache the JVM cannot use stops it, rather than leaving a start that would print nothing of it.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Duser.home=" + folder.resolve("home")
                + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw "
                + String.join(" ", options));
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        assertThat(finished).as("finished within 120 s; printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; printed:%n%s", printed).isZero();
        return printed.lines().toList();
    }
}
