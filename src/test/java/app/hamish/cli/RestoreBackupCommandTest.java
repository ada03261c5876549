package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.hamish.JavaProcess;
import app.hamish.TestFiles;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code restore-backup}: the newest automatic backup replaces a workspace, which is kept, or a clear refusal. */
class RestoreBackupCommandTest {
    @TempDir
    Path folder;

    private int run(StringWriter out, StringWriter err, String... args) {
        return new CommandLine(new RestoreBackupCommand()).setExecutionExceptionHandler(new ExitCodes())
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void theNewestBackupReplacesTheWorkspaceWhichIsKeptBesideIt() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
        }
        TestFiles.write(file, "not a workspace any more");
        StringWriter out = new StringWriter();

        assertThat(run(out, new StringWriter(), "--workspace", file.toString())).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("Restored").contains("w.db.backups");
        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.corpus().count()).isZero();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("w.db.damaged-"))
                    .map(TestFiles::digest)).containsExactly(TestFiles.digest(
                    TestFiles.write(folder.resolve("expected"), "not a workspace any more")));
        }
    }

    /** Opening refuses a bad row as damage and names restore-backup as the way back; it must then restore. */
    @Test
    void aWorkspaceThatOpeningRefusesForABadRowIsRestoredWithoutForce() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
            workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("UPDATE annotators SET name = ' ' WHERE name = 'mona'");
        }
        assertThat(CommandLineTest.hamish("stats", "--workspace", file.toString()).err()).contains("is damaged")
                .contains("restore-backup");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "--workspace", file.toString())).as(err.toString())
                .isEqualTo(ExitCodes.OK);

        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.annotations().annotators()).isEmpty();
        }
    }

    /**
     * A restore that fails at its last step (here: a folder in the workspace's place) leaves nothing of itself and
     * puts the WAL, which may hold saved changes, back beside the workspace.
     */
    @Test
    void aRestoreThatFailsLeavesNoCopyBehindAndNamesNoTemporaryFile() throws Exception {
        Path backup = folder.resolve("backup.db");
        try (Workspace source = Workspace.open(folder.resolve("source/w.db"))) {
            source.backupTo(backup);
        }
        Path file = Files.createDirectory(folder.resolve("w.db"));
        Path wal = TestFiles.write(folder.resolve("w.db-wal"), "changes saved only here");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "--workspace", file.toString(), "--from", backup.toString()))
                .isEqualTo(ExitCodes.WRITE_FAILED);

        assertThat(err.toString()).contains("The workspace was not replaced").doesNotContain(".restoring");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("w.db", "w.db-wal", "backup.db",
                    "source");
        }
        assertThat(Files.readString(wal)).as("the WAL is put back").isEqualTo("changes saved only here");
    }

    @Test
    void withoutABackupNothingIsChangedAndTheFolderIsNamed() {
        Path file = TestFiles.write(folder.resolve("w.db"), "damaged");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "--workspace", file.toString())).isEqualTo(ExitCodes.WRITE_FAILED);

        assertThat(err.toString()).contains("no automatic backup").contains("w.db.backups");
        assertThat(TestFiles.digest(file)).isEqualTo(TestFiles.digest(TestFiles.write(folder.resolve("e"), "damaged")));
    }

    @Test
    void aWorkspaceThatOpensCleanlyIsLeftAloneUnlessForced() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
            workspace.corpus().importArticles(java.util.List.of(new app.hamish.model.NewArticle("a", "t", "a.txt",
                    app.hamish.model.ArticleText.of("عمل بعد النسخة"), "{}")));
        }
        String before = TestFiles.digest(file);
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "--workspace", file.toString())).isEqualTo(ExitCodes.INPUT_REFUSED);

        assertThat(err.toString()).contains(file.toString()).contains("opens cleanly").contains("--force");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("w.db", "w.db.backups");
        }

        assertThat(run(new StringWriter(), new StringWriter(), "--workspace", file.toString(), "--force"))
                .isEqualTo(ExitCodes.OK);
        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.corpus().count()).isZero();
        }
    }

    /**
     * A backup named by hand may be any file, a typo or a folder; each is refused as input, saying what it is, before
     * the damaged workspace or anything beside it is touched. A pipe is refused without waiting for it.
     */
    @Test
    void aBackupNamedThatIsNotOneIsRefusedSayingWhatItIs() throws Exception {
        Path file = TestFiles.write(folder.resolve("w.db"), "damaged");
        Path others = Files.createDirectory(folder.resolve("others"));
        Path pipe = others.resolve("pipe.db");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Path otherProgram = others.resolve("notes.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + otherProgram);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
        }
        Path damaged = others.resolve("damaged.db");
        try (Workspace source = Workspace.open(folder.resolve("source/w.db"))) {
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                articles.add(new NewArticle("a" + i, "t", "a" + i + ".txt",
                        ArticleText.of("مقالة رقم " + i + " " + "نص".repeat(200)), "{}"));
            }
            source.corpus().importArticles(articles);
            source.backupTo(damaged);
        }
        byte[] bytes = Files.readAllBytes(damaged);
        Arrays.fill(bytes, bytes.length / 2, bytes.length / 2 + 4096, (byte) 0xA5);
        Files.write(damaged, bytes);
        Map<Path, String> refused = Map.of(
                others.resolve("no-such.db"), "does not exist",
                Files.createDirectory(others.resolve("backup.db")), "is a folder",
                pipe, "is not a regular file",
                TestFiles.write(others.resolve("empty.db"), ""), "is an empty file (0 bytes), not a Hamish workspace",
                TestFiles.write(others.resolve("text.db"), "not a backup either"), "is not a Hamish workspace",
                otherProgram, "is a SQLite database, but not a Hamish workspace",
                damaged, "is damaged: ");

        refused.forEach((backup, what) -> {
            StringWriter err = new StringWriter();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(new StringWriter(), err,
                    "--workspace", file.toString(), "--from", backup.toString()));

            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.INPUT_REFUSED);
            assertThat(err.toString()).contains("Cannot restore from " + backup + ": it " + what)
                    .contains("Nothing was changed").doesNotContain("integrity_check").doesNotContain("\tat ");
        });

        assertThat(Files.readString(file)).isEqualTo("damaged");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("w.db", "others",
                    "source");
        }
    }

    /** Restoring a workspace from itself would change nothing but leave a copy of it beside it, named damaged. */
    @Test
    void aWorkspaceIsNotRestoredFromItselfByAnyNameOfIt() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
            workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        }
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), file);
        String before = TestFiles.digest(file);

        for (Path itself : List.of(file, link, folder.resolve("w.db.backups/../w.db"),
                Path.of("").toAbsolutePath().relativize(file))) {
            StringWriter err = new StringWriter();
            assertThat(run(new StringWriter(), err, "--force", "--workspace", file.toString(), "--from",
                    itself.toString())).as(err.toString()).isEqualTo(ExitCodes.INPUT_REFUSED);
            assertThat(err.toString()).contains("from " + itself + ": that is the workspace itself")
                    .contains("Nothing was changed");
        }

        assertThat(TestFiles.digest(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("w.db", "w.db.backups",
                    "link.db");
        }
        try (Workspace kept = Workspace.open(file)) {
            assertThat(kept.annotations().annotators()).hasSize(1);
        }
    }

    @Test
    void aRestoreCutShortEarlierLeavesTheWorkspaceWholeAndTheNextRestoreCompletes() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
        }
        TestFiles.write(file, "damaged");
        TestFiles.write(folder.resolve("w.db.restoring"), "half a copy");

        assertThat(run(new StringWriter(), new StringWriter(), "--workspace", file.toString()))
                .isEqualTo(ExitCodes.OK);

        assertThat(folder.resolve("w.db.restoring")).doesNotExist();
        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.corpus().count()).isZero();
        }
    }

    /** A plain copy of a workspace is in WAL mode; checking it must not leave SQLite's side files beside it. */
    @Test
    void aPlainCopyOfAWorkspaceIsRestoredFromWithoutLeavingFilesBesideIt() throws Exception {
        Path copies = Files.createDirectory(folder.resolve("copies"));
        Path plainCopy = copies.resolve("w-copy.db");
        try (Workspace source = Workspace.open(folder.resolve("source/w.db"))) {
            source.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        }
        Files.copy(folder.resolve("source/w.db"), plainCopy);
        Path file = TestFiles.write(folder.resolve("w.db"), "damaged");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "--workspace", file.toString(), "--from", plainCopy.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);

        try (var files = Files.list(copies)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("w-copy.db");
        }
        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.annotations().annotators()).hasSize(1);
        }
    }

    /**
     * A reader's WAL would be renamed from under it, and the reader, closing last, would delete the restored
     * workspace's new WAL by name; so restore waits for no reader but refuses, and works once the reader is gone.
     */
    @Test
    void aRestoreIsRefusedWhileAReadingCommandHasTheWorkspaceOpen() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.backUpIfDue();
            workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        }
        String before = TestFiles.digest(file);
        StringWriter err = new StringWriter();

        Process reader = new ProcessBuilder(JavaProcess.command(ReaderHoldingDriver.class, file.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader output = reader.inputReader(StandardCharsets.UTF_8)) {
            assertThat(output.readLine()).isEqualTo("reading 1");
            assertThat(run(new StringWriter(), err, "--workspace", file.toString(), "--force"))
                    .as(err.toString()).isEqualTo(ExitCodes.INPUT_REFUSED);
            reader.getOutputStream().close();
            assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            reader.destroyForcibly();
        }
        assertThat(reader.exitValue()).isZero();

        assertThat(err.toString()).contains("is open in a reading command").contains("Nothing was changed");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("w.db", "w.db.backups");
        }
        assertThat(run(new StringWriter(), new StringWriter(), "--workspace", file.toString(), "--force"))
                .isEqualTo(ExitCodes.OK);
        try (Workspace restored = Workspace.open(file)) {
            assertThat(restored.annotations().annotators()).isEmpty();
        }
    }
}
