package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written whole or not at all, name the file the user named, and clean up after killed ones. */
class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path target = TestFiles.write(folder.resolve("kept.csv"), "protected");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining(target.toString()).hasMessageContaining("read-only");

        assertThat(Files.readString(target)).isEqualTo("protected");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderAsDestinationIsNamedNotTheTemporaryFile() throws Exception {
        Path target = Files.createDirectory(folder.resolve("out.jsonl"));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining(target.toString())
                .hasMessageContaining("folder").hasMessageNotContaining(".partial");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWriteThatFailsNamesTheDestinationAndLeavesNoPartialFile() {
        Path target = folder.resolve("out.jsonl");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("Cannot write " + target)
                .hasMessageContaining("No space left on device").hasMessageNotContaining(".partial");
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void partialFilesOfAKilledExportToTheSameFileAreRemovedByTheNextOne() throws Exception {
        Path target = folder.resolve("out.jsonl");
        Path killed = TestFiles.write(folder.resolve(".out.jsonl.k1ll3d.partial"), "half");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = TestFiles.write(folder.resolve(".out.jsonl.running.partial"), "being written");

        AtomicFile.write(target, out -> out.write("done".getBytes(StandardCharsets.UTF_8)));

        assertThat(killed).doesNotExist();
        assertThat(running).as("another export may still be writing it").exists();
        assertThat(Files.readString(target)).isEqualTo("done");
    }

    private java.util.List<Path> leftovers() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".partial")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
