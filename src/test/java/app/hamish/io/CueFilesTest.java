package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.service.CueLexicons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's cue lists: their own extends Hamish's, and one that cannot be read says where and why. */
class CueFilesTest {
    @TempDir
    Path folder;

    /** Saved as Notepad saves it, with a byte-order mark and CRLF, which are not part of its first cue. */
    @Test
    void theUsersCueListExtendsTheShippedOne() {
        Path mine = TestFiles.write(folder.resolve(CueLexicons.FILE_NAME), "\uFEFF# mine\r\nقناة الميادين\r\n");
        int shipped = CueLexicons.load(List.of()).size();

        assertThat(CueFiles.load(List.of(mine)).size()).isEqualTo(shipped + 1);
        assertThat(CueFiles.loadIfPresent(mine).size()).isEqualTo(shipped + 1);
    }

    /** Most users never write a list of their own in the data folder; its absence is no problem there. */
    @Test
    void noListInTheDataFolderIsHamishsListAlone() {
        assertThat(CueFiles.loadIfPresent(folder.resolve(CueLexicons.FILE_NAME)).size())
                .isEqualTo(CueLexicons.load(List.of()).size());
    }

    @Test
    void aListThatIsNotUtf8IsRefusedWithItsLine() {
        Path mine = TestFiles.write(folder.resolve(CueLexicons.FILE_NAME),
                new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> CueFiles.loadIfPresent(mine)).isInstanceOf(InputException.class)
                .hasMessageContaining(mine + ":3: is not valid UTF-8");
    }

    @Test
    void everyListNamedThatCannotBeReadIsNamedWithWhatItIs() throws Exception {
        Path missing = folder.resolve("mine.txt");
        Path aFolder = Files.createDirectory(folder.resolve("cues"));

        assertThatThrownBy(() -> CueFiles.load(List.of(missing, aFolder))).isInstanceOf(InputException.class)
                .hasMessageContaining(missing + ": does not exist")
                .hasMessageContaining(aFolder + ": is a folder");
    }
}
