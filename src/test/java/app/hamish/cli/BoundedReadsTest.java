package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.hamish.JavaProcess;
import app.hamish.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, never more than the limit, and running out of memory is a message, not a trace. */
class BoundedReadsTest {
    @TempDir
    Path folder;

    @Test
    void aPipeNamedOnTheCommandLineIsRefusedByNameWithoutWaitingForIt() throws Exception {
        Path fifo = folder.resolve("article.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        assertRefusedAsNotAFile(fifo);
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefusedByName() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("zero.jsonl"), Path.of("/dev/zero"));

        assertRefusedAsNotAFile(link);
    }

    /**
     * SQLite opening a FIFO waits for something to write into it: every command hung, and a killed import left its
     * lock file behind.
     */
    @Test
    void aPipeGivenAsTheWorkspaceIsRefusedAtOnceByEveryCommandLeavingNothingBesideIt() throws Exception {
        Path fifo = folder.resolve("w.db");
        Assumptions.assumeTrue(madeFifo(fifo), "mkfifo is not available here");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path backup = folder.resolve("backup.db");
        assertThat(CommandLineTest.hamish("import", "--workspace", backup.toString(), article.toString()).exitCode())
                .isZero();

        for (String[] command : List.of(new String[] {"stats", "--workspace", fifo.toString()},
                new String[] {"import", "--workspace", fifo.toString(), article.toString()},
                new String[] {"restore-backup", "--force", "--from", backup.toString(), "--workspace",
                        fifo.toString()})) {
            CommandLineTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> CommandLineTest.hamish(command), command[0]);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(run.err()).contains(fifo + " is not a regular file (a FIFO)");
        }
        // A backup named by --from is the analyst's input (decision 0111).
        CommandLineTest.Run fromPipe = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CommandLineTest.hamish("restore-backup", "--force", "--from", fifo.toString(), "--workspace",
                        folder.resolve("other.db").toString()));
        assertThat(fromPipe.exitCode()).as(fromPipe.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(fromPipe.err()).contains("Cannot restore from " + fifo + ": it is not a regular file");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("w.db", "a.txt", "backup.db");
        }
    }

    @Test
    void aFolderGivenAsTheWorkspaceIsNamedAsAFolderRatherThanADiskError() throws Exception {
        Path workspace = Files.createDirectory(folder.resolve("w.db"));
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");

        for (CommandLineTest.Run run : List.of(CommandLineTest.hamish("stats", "--workspace", workspace.toString()),
                CommandLineTest.hamish("import", "--workspace", workspace.toString(), article.toString()))) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(run.err()).contains(workspace + " is not a regular file (a folder)")
                    .doesNotContain("I/O error");
        }
        try (Stream<Path> inside = Files.list(workspace)) {
            assertThat(inside).isEmpty();
        }
    }

    private static boolean madeFifo(Path fifo) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
            return true;
        } catch (IOException noMkfifo) {
            return false;
        }
    }

    private void assertRefusedAsNotAFile(Path input) {
        Path workspace = folder.resolve("w.db");
        CommandLineTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CommandLineTest.hamish("import", "--workspace", workspace.toString(), input.toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(input.toString()).contains("not a regular file");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void runningOutOfMemoryOnABigInputEndsInAClearMessageAndItsOwnExitCode() throws Exception {
        Path article = folder.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(article)) {
            byte[] line = "خبر عاجل من القاهرة\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 48L << 20; written += line.length) {
                out.write(line);
            }
        }
        Path workspace = folder.resolve("w.db");
        Path log = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class, List.of("-Xmx64m"), "import",
                "--workspace", workspace.toString(), article.toString()))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process hamish = builder.start();
        assertThat(hamish.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(hamish.exitValue()).as(output).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(output).contains("hamish: Hamish ran out of memory").contains("-Xmx")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path article = TestFiles.write(folder.resolve("a.txt"), "نص");
        try (var channel = java.nio.channels.FileChannel.open(article, java.nio.file.StandardOpenOption.WRITE)) {
            // Sparse: the size says 65 MB, and reading it would take that much memory.
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 65L << 20);
        }

        CommandLineTest.Run run = CommandLineTest.hamish("import", "--workspace", folder.resolve("w.db").toString(),
                article.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(article.toString()).contains("is 65 MB; the largest file Hamish reads here is 64 MB");
    }
}
