package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hamish's main in a fresh JVM, as a user starts it: working in a test's folder, with its home in {@code home} there,
 * what it prints (output and errors together) in {@code output.txt} there, and the environment the test gives it.
 */
final class MainProcess {
    /** The JVM options that start JavaFX without a display. */
    static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    record Run(int exitCode, String output) {
        /** The line Hamish ends with: what the user reads. */
        String verdict() {
            return output.lines().filter(line -> line.startsWith("hamish: ")).reduce((first, last) -> last)
                    .orElse("");
        }
    }

    private MainProcess() {
    }

    /**
     * Runs main with the JVM's {@code options} and its {@code arguments}, once {@code environment} has made the
     * environment it inherits from the test's what the test needs; fails the test if it has not ended in two minutes.
     */
    static Run run(Path folder, List<String> options, Consumer<Map<String, String>> environment, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class,
                Stream.concat(Stream.of("-Duser.home=" + folder.resolve("home")), options.stream()).toList(),
                arguments))
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt").toFile());
        environment.accept(builder.environment());
        Process process = builder.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(folder.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as("ended within two minutes: " + output).isTrue();
        return new Run(process.exitValue(), output);
    }
}
