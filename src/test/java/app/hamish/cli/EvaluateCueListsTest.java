package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.hamish.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --cues}: a cue list named that cannot be read is refused by name and why, never left out, since the
 * figures without it would pass for the figures with it.
 */
class EvaluateCueListsTest {
    @TempDir
    Path folder;
    private Path workspace;

    @BeforeEach
    void importAnArticle() {
        workspace = folder.resolve("w.db");
        assertThat(CommandLineTest.hamish("import", "--workspace", workspace.toString(),
                "seeds/000_8c93457ec6c28807.txt").exitCode()).isZero();
    }

    @Test
    void aCueListThatIsMissingAFolderOrAPipeIsRefusedByName() throws Exception {
        Path pipe = folder.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Path missing = folder.resolve("cuse.txt");
        Path aFolder = Files.createDirectory(folder.resolve("cues"));

        CommandLineTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandLineTest.hamish(
                "evaluate", "--workspace", workspace.toString(), "--cues", missing.toString(), "--cues",
                aFolder.toString(), "--cues", pipe.toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(missing + ": does not exist").contains(aFolder + ": is a folder")
                .contains(pipe + ": is not a regular file").doesNotContain("\tat ");
        assertThat(run.out()).as("no figures without the cues asked for").isEmpty();
    }

    @Test
    void aCueListThatIsNotUtf8IsRefusedWithItsLine() {
        Path cues = TestFiles.write(folder.resolve("bad3.txt"),
                new byte[] {'#', '\n', 'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--workspace", workspace.toString(), "--cues",
                cues.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(cues + ":3: is not valid UTF-8: invalid byte 0xC3").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
