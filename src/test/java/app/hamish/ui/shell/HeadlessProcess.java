package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A driver's main in a fresh JVM, as the workbench starts (JavaFX can be started once per JVM): headless, working in
 * {@code folder}, with an empty home there, so no preferences (no remembered name) are read or written.
 */
final class HeadlessProcess {
    private static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");

    record Run(int exitCode, List<String> output) {
    }

    private HeadlessProcess() {
    }

    static Run run(Class<?> driver, Path folder, String... arguments) throws IOException, InterruptedException {
        Path output = folder.resolve("output.txt");
        List<String> options = new ArrayList<>(HEADLESS_FX);
        options.add("-Duser.home=" + Files.createDirectories(folder.resolve("home")));
        Process process = new ProcessBuilder(JavaProcess.command(driver, options, arguments))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(ended).as("ended within two minutes: " + String.join("\n", lines)).isTrue();
        return new Run(process.exitValue(), lines);
    }
}
