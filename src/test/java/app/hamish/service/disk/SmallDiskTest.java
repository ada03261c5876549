package app.hamish.service.disk;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.MountNamespace;
import app.hamish.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk and a really read-only one, not simulated: a real Hamish process works on a folder that is a
 * 2 MB tmpfs (or one remounted read-only, or one mounted {@code noexec} as SQLite's temporary folder) inside a private user and mount namespace ({@code unshare -rm}, no root
 * needed on the host), and reports what it saw ({@link SmallDiskDriver}). Root on the host can write through file
 * permissions but not through a read-only mount, so this proves the read-only refusal even where CI runs as root.
 */
class SmallDiskTest {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String DISK = "$DISK";

    @TempDir
    Path folder;

    @BeforeAll
    static void namespacesAvailable() throws Exception {
        MountNamespace.assumeAvailable();
    }

    @Test
    void onAFullDiskAChangeIsRefusedClearlyAndSavedWorkStaysWholeAndWorkGoesOnOnceThereIsSpace() throws Exception {
        List<String> output = inNamespace(String.join(" && ", mount(), driver("full")));

        assertThat(output).filteredOn(line -> line.startsWith("finding:")).isEmpty();
        assertThat(output).contains(SmallDiskDriver.DONE);
        assertThat(output).anyMatch(line -> line.startsWith("acknowledged ") && line.contains("the disk is full"));
    }

    @Test
    void aChangeThatCouldNotBeCopiedIntoTheMainFileIsReportedOnCloseAndCopiedInOnceThereIsSpace() throws Exception {
        List<String> output = inNamespace(String.join(" && ", mount(), driver("checkpoint")));

        assertThat(output).filteredOn(line -> line.startsWith("finding:")).isEmpty();
        assertThat(output).contains(SmallDiskDriver.DONE);
        assertThat(output).anyMatch(line -> line.startsWith("close: Every change is saved, but the last ones only in"));
    }

    @Test
    void aWorkspaceOnAReadOnlyFileSystemIsRefusedAtOpenAndLeftUnchanged() throws Exception {
        List<String> output = inNamespace(String.join(" && ", mount(), driver("prepare"),
                "mount -o remount,ro " + DISK, driver("read-only")));

        assertThat(output).filteredOn(line -> line.startsWith("finding:")).isEmpty();
        assertThat(output).containsSubsequence(SmallDiskDriver.DONE, SmallDiskDriver.DONE);
    }

    @Test
    void aTemporaryFolderMountedNoexecIsNamedWithTheFixAndNoWorkspaceIsCreated() throws Exception {
        Path article = Files.writeString(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path workspace = folder.resolve("w.db");
        // Started in the test's folder: a run from the jar logs under its working directory, not in the checkout.
        String hamish = "cd " + quote(folder.toString()) + " && " + shell(JavaProcess.command(Main.class, List.of(
                "-Dorg.sqlite.tmpdir=" + DISK, "-Duser.home=" + folder), "import", "--workspace",
                workspace.toString(), article.toString()));

        List<String> output = inNamespace(mount("noexec") + " && " + hamish + "; echo \"exit $?\"");

        assertThat(output).as("exit code 3, workspace unavailable").contains("exit 3");
        assertThat(output).anyMatch(line -> line.startsWith("hamish: Hamish cannot load its SQLite library")
                && line.contains(folder.resolve("disk").toString()) && line.contains("-Dorg.sqlite.tmpdir=FOLDER"));
        assertThat(workspace).doesNotExist();
    }

    @Test
    void aCacheFolderOnAReadOnlyFileSystemFallsBackToUnpackingIntoTheTemporaryFolder() throws Exception {
        assertImportsWithTheCacheOn(mount() + " && mount -o remount,ro " + DISK);
    }

    @Test
    void aCacheFolderMountedNoexecFallsBackToUnpackingIntoTheTemporaryFolder() throws Exception {
        assertImportsWithTheCacheOn(mount("noexec"));
    }

    /** SQLite's library kept on {@code $DISK} (the user's cache there) as {@code mounted} leaves it. */
    private void assertImportsWithTheCacheOn(String mounted) throws Exception {
        Path article = Files.writeString(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path workspace = folder.resolve("w.db");
        String hamish = "cd " + quote(folder.toString()) + " && XDG_CACHE_HOME=\"" + DISK + "\" " + shell(
                JavaProcess.command(Main.class, List.of("-Duser.home=" + folder), "import", "--workspace",
                        workspace.toString(), article.toString()));

        List<String> output = inNamespace(mounted + " && " + hamish + "; echo \"exit $?\"");

        assertThat(output).as("imported").contains("exit 0");
        assertThat(workspace).exists();
    }

    private static String mount() {
        return mount("size=2m");
    }

    private static String mount(String options) {
        return "mount -t tmpfs -o " + options + " hamish-disk " + DISK;
    }

    private static String driver(String scenario) {
        return shell(JavaProcess.command(SmallDiskDriver.class, scenario, DISK));
    }

    /** One shell command line: every word quoted, except the folder variable, which the shell expands. */
    private static String shell(List<String> command) {
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            line.append(line.isEmpty() ? "" : " ").append(word.contains(DISK) ? "\"" + word + "\"" : quote(word));
        }
        return line.toString();
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Runs {@code script} as root of a new user and mount namespace, with {@code $DISK} an empty folder. */
    private List<String> inNamespace(String script) throws IOException, InterruptedException {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Path log = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DISK", disk.toString());
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        assertThat(finished).as("finished within %d s: %s", TIMEOUT_SECONDS, output).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        return output;
    }
}
