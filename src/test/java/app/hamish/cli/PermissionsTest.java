package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-protected workspaces, folders and files as an ordinary user meets them. Root writes through file permissions, and CI runs as
 * root, so Hamish runs here as user 1000 of its own user namespace ({@code unshare --user --map-user}), where the
 * files, which root owns outside, are that user's and keep their permissions.
 */
class PermissionsTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void userNamespacesAvailable() throws Exception {
        boolean available;
        try {
            Process probe = new ProcessBuilder(inNamespace(List.of("true"))).redirectErrorStream(true).start();
            available = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noUnshare) {
            available = false;
        }
        Assumptions.assumeTrue(available, "unprivileged user namespaces (unshare --user) are not available here");
    }

    @Test
    void aReadOnlyWorkspaceIsRefusedLeavingNoFileBehindAndOpensOnceMadeWritable() throws Exception {
        Path workspace = folder.resolve("w.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path second = TestFiles.write(folder.resolve("b.txt"), "نص آخر");
        assertThat(Main.run("import", "--workspace", workspace.toString(), article.toString())).isZero();
        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("r--r--r--"));
        String before = TestFiles.digest(workspace);

        Result refused = hamish("import", "--workspace", workspace.toString(), second.toString());

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(refused.output()).contains(workspace.toString()).contains("read-only");
        assertThat(TestFiles.digest(workspace)).isEqualTo(before);
        assertThat(besideWorkspace()).containsExactly("w.db");

        Result read = hamish("stats", "--workspace", workspace.toString());
        assertThat(read.exitCode()).as(read.output()).isZero();
        assertThat(read.output()).contains("articles\t1");
        assertThat(besideWorkspace()).as("a reader of a read-only workspace leaves nothing either")
                .containsExactly("w.db");

        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rw-r--r--"));
        Result imported = hamish("import", "--workspace", workspace.toString(), second.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported 1 article(s)");
    }

    @Test
    void anExportIntoAReadOnlyFolderNamesTheFileAskedForAndLeavesNothing() throws Exception {
        Path workspace = folder.resolve("w.db");
        assertThat(Main.run("import", "--workspace", workspace.toString(), "seeds")).isZero();
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = readOnly.resolve("train.jsonl");

        Result export = hamish("export", "--workspace", workspace.toString(), "--format", "jsonl", "--all",
                "--out", target.toString());

        assertThat(export.exitCode()).as(export.output()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(export.output()).contains("Cannot write " + target).contains("permission denied")
                .doesNotContain(".partial");
        try (Stream<Path> left = Files.list(readOnly)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderToImportWithAnUnreadableSubfolderIsRefusedNamingItWithoutAJavaExceptionName() throws Exception {
        Path articles = Files.createDirectory(folder.resolve("articles"));
        TestFiles.write(articles.resolve("a.txt"), "مرحبا بالعالم");
        Path locked = Files.createDirectory(articles.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path workspace = folder.resolve("w.db");

        Result refused = hamish("import", "--workspace", workspace.toString(), articles.toString());

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.output()).contains(articles.toString()).contains("permission denied")
                .doesNotContain("Exception");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void aNewWorkspaceInAReadOnlyFolderIsRefusedWithAClearMessageAndNothingIsLeftThere() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path workspace = readOnly.resolve("w.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");

        Result refused = hamish("import", "--workspace", workspace.toString(), article.toString());

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(refused.output()).contains(workspace.toString()).contains("read-only");
        try (Stream<Path> left = Files.list(readOnly)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * A backup read the read-only workspace without {@code immutable=1}: SQLite left {@code -wal} and {@code -shm}
     * beside it, as read-only as the workspace, and the first import once it was writable failed.
     */
    @Test
    void aBackupOfAReadOnlyWorkspaceLeavesNothingBesideItSoItSavesOnceMadeWritable() throws Exception {
        Path workspace = folder.resolve("w.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path second = TestFiles.write(folder.resolve("b.txt"), "نص آخر");
        assertThat(Main.run("import", "--workspace", workspace.toString(), article.toString())).isZero();
        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("r--r--r--"));
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        Result backup = hamish("backup", "--workspace", workspace.toString(), folder.resolve("copy.db").toString());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(besideWorkspace()).containsExactly("w.db");
        Result failed = hamish("backup", "--workspace", workspace.toString(), readOnly.resolve("copy.db").toString());
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(besideWorkspace()).as("nor does a backup that fails").containsExactly("w.db");

        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rw-r--r--"));
        Result imported = hamish("import", "--workspace", workspace.toString(), second.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
    }

    /** Reading commands took SQLite's "[SQLITE_READONLY_DIRECTORY]" there, and so did writers, in other words. */
    @Test
    void aWorkspaceInAReadOnlyFolderIsReadLeavingNothingThereAndAWriterIsToldTheFolderIsReadOnly() throws Exception {
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        Path workspace = shelf.resolve("w.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        assertThat(Main.run("import", "--workspace", workspace.toString(), article.toString())).isZero();
        Files.setPosixFilePermissions(shelf, PosixFilePermissions.fromString("r-xr-xr-x"));

        Result stats = hamish("stats", "--workspace", workspace.toString());
        assertThat(stats.exitCode()).as(stats.output()).isZero();
        assertThat(stats.output()).contains("articles\t1");
        Result found = hamish("find", "--workspace", workspace.toString(), "بالعالم");
        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).contains("1 match(es)");
        Result export = hamish("export", "--workspace", workspace.toString(), "--format", "jsonl", "--all", "--out",
                folder.resolve("all.jsonl").toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        assertThat(names(shelf)).containsExactly("w.db");

        Result refused = hamish("import", "--workspace", workspace.toString(), article.toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(refused.output()).contains("its folder " + shelf + " is read-only").doesNotContain("SQLITE");
        assertThat(names(shelf)).containsExactly("w.db");
    }

    /**
     * Read as immutable, a workspace would be read without the commits a stopped writer left in its {@code -wal}:
     * they are read through the {@code -shm} beside it, or the read is refused rather than answered from the file.
     */
    @Test
    void changesLeftInTheWalOfAWorkspaceThatCannotBeWrittenAreReadOrRefusedButNeverMissed() throws Exception {
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        Path workspace = shelf.resolve("w.db");
        Path original = folder.resolve("original.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        assertThat(Main.run("import", "--workspace", original.toString(), article.toString())).isZero();
        // A writer stopped before copying its last commit into the file: copy all three files while it has them.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + original);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("INSERT INTO labels (name, colour, hotkey, position) VALUES ('EVENT', '#00AA00', '4',"
                    + " 9)");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.copy(Path.of(original + suffix), Path.of(workspace + suffix));
            }
        }
        Files.setPosixFilePermissions(shelf, PosixFilePermissions.fromString("r-xr-xr-x"));

        Result read = hamish("stats", "--workspace", workspace.toString());
        assertThat(read.exitCode()).as(read.output()).isZero();
        assertThat(read.output()).contains("label\tEVENT\t0");

        Files.setPosixFilePermissions(shelf, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.delete(Path.of(workspace + "-shm"));
        Files.setPosixFilePermissions(shelf, PosixFilePermissions.fromString("r-xr-xr-x"));
        Result refused = hamish("stats", "--workspace", workspace.toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(refused.output()).contains(workspace + "-wal holds saved changes")
                .contains("the read-only folder " + shelf);

        Files.setPosixFilePermissions(shelf, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("r--r--r--"));
        Result readOnlyFile = hamish("stats", "--workspace", workspace.toString());
        assertThat(readOnlyFile.exitCode()).as(readOnlyFile.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(readOnlyFile.output()).contains("as read-only as the workspace");
        assertThat(names(shelf)).containsExactlyInAnyOrder("w.db", "w.db-wal");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private List<String> besideWorkspace() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("w.db")).toList();
        }
    }

    record Result(int exitCode, String output) {
    }

    private Result hamish(String... arguments) throws IOException, InterruptedException {
        Path log = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(inNamespace(JavaProcess.command(Main.class, arguments)))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> inNamespace(List<String> command) {
        List<String> line = new ArrayList<>(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        line.addAll(command);
        return line;
    }
}
