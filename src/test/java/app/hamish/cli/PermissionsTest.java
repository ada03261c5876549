package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
