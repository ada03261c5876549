package app.hamish.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Temporary files that exports and backups write beside their destination and rename into place. A run that was
 * killed leaves its file; the next run to the same destination removes it. One still being written by another run
 * is recent, so only files untouched for an hour go.
 */
public final class PartialFiles {
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private PartialFiles() {
    }

    /** Removes the files in {@code folder} whose names {@code ours} accepts and that were last written over an hour ago. */
    public static void deleteAbandoned(Path folder, Predicate<String> ours) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                file -> ours.test(file.getFileName().toString()))) {
            for (Path leftover : leftovers) {
                try {
                    if (Files.getLastModifiedTime(leftover).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (NoSuchFileException finishedMeanwhile) {
                    // Another run renamed its file into place (or removed it) after the folder was listed.
                }
            }
        }
    }
}
