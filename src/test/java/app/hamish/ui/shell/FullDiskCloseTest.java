package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.MountNamespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the workbench on a really full disk, not a simulated one (a 2 MB tmpfs in a private user and mount
 * namespace, as in {@code SmallDiskTest}): the changes the disk kept out of the workspace file are only in its WAL,
 * and the user is told so, in their language, before the workbench exits.
 */
class FullDiskCloseTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    @BeforeAll
    static void namespacesAvailable() throws Exception {
        MountNamespace.assumeAvailable();
    }

    @Test
    void closingTheWindowShowsWhereTheLastChangesAreAndToKeepThatFile() throws Exception {
        List<String> output = closeOnAFullDisk("en");

        String wal = folder.resolve("disk").resolve("w.db-wal").toAbsolutePath().toString();
        assertThat(output).contains("header: Hamish has closed, but its last changes are not yet in the workspace file",
                "close-uncopied: Every change is saved, but the last ones could not be copied into w.db.\n"
                        + "They are in this file beside it:", "wal: " + wal, "close-reason: (the disk is full)",
                "done");
    }

    @Test
    void inTheArabicInterfaceTheAlertIsInArabic() throws Exception {
        List<String> output = closeOnAFullDisk("ar");

        assertThat(output).contains("header: أُغلق هامش، لكن آخر التغييرات لم تصل بعد إلى ملف مساحة العمل", "done");
    }

    private List<String> closeOnAFullDisk(String language) throws IOException, InterruptedException {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Path log = folder.resolve("output.txt");
        List<String> driver = JavaProcess.command(FullDiskCloseDriver.class, List.of("-Djava.awt.headless=true"),
                disk.toString(), language);
        StringBuilder script = new StringBuilder("mount -t tmpfs -o size=2m hamish-disk \"$DISK\" &&");
        driver.forEach(word -> script.append(" '").append(word.replace("'", "'\\''")).append('\''));
        ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", "-c", script.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DISK", disk.toString());
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("finished within %d s: %s", TIMEOUT_SECONDS, output).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        // Labels carry line breaks: the lines are split on the driver's prefixes, not on every line feed.
        return List.of(output.strip().split("\n(?=[a-z-]+: |done)"));
    }
}
