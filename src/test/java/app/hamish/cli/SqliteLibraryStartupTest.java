package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A temporary folder where sqlite-jdbc cannot unpack its native library gives one clear line naming the folder
 * and the fix, exit code 3, and no workspace. Needs its own JVM: the library loads once per process.
 */
class SqliteLibraryStartupTest {
    @TempDir
    Path folder;

    @Test
    void anUnusableTemporaryFolderIsNamedWithTheFixAndNoWorkspaceIsCreated() throws Exception {
        Path notAFolder = TestFiles.write(folder.resolve("file"), "a file, so nothing can be created under it");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        Path workspace = folder.resolve("w.db");
        Process process = new ProcessBuilder(JavaProcess.command(Main.class,
                List.of("-Dorg.sqlite.tmpdir=" + notAFolder.resolve("sqlite"), "-Duser.home=" + folder),
                "import", "--workspace", workspace.toString(), article.toString()))
                // A run from the jar logs under its working directory: here, not in the checkout.
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String errors = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errors).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        // sqlite-jdbc logs its own traces first; Hamish's answer is the last line, the one a user reads.
        String last = errors.strip().lines().reduce((first, second) -> second).orElse("");
        assertThat(last).startsWith("hamish: Hamish cannot load its SQLite library")
                .contains(notAFolder.resolve("sqlite").toString()).contains("-Dorg.sqlite.tmpdir=FOLDER");
        assertThat(workspace).doesNotExist();
    }
}
