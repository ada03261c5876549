package app.hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace this user cannot write, or that lies in a folder they cannot write, read without creating a file
 * beside it (decision 0110). A reading connection there would create {@code -wal} and {@code -shm} as read-only as
 * the workspace, which refuse every save once it is made writable again, or fail to create them in a read-only
 * folder.
 */
final class ReadOnlyPlace {
    private ReadOnlyPlace() {
    }

    static boolean applies(Path location) {
        return !Files.isWritable(location) || !Files.isWritable(location.getParent());
    }

    /**
     * Whether to read it with {@code immutable=1}, which takes no lock and neither reads nor creates a {@code -wal}
     * or {@code -shm}: only where it cannot be written, and only when the file holds all its commits. A {@code -wal}
     * with content holds commits not yet copied into the file (a writer that stopped before its checkpoint), which
     * immutable reading would miss; SQLite then reads them through the {@code -shm} beside it.
     */
    static boolean immutable(Path location) {
        return applies(location) && !walHasContent(location);
    }

    /**
     * Refuses a {@code -wal} with content that SQLite could read only by creating the {@code -shm} beside it: a
     * read-only folder does not allow that, and one created beside a read-only file is as read-only as the file,
     * and refuses every save once the file is made writable again.
     */
    static void requireReadable(Path location) {
        if (applies(location) && walHasContent(location)
                && !Files.exists(WorkspacePath.sibling(location, "-shm"))) {
            Path folder = location.getParent();
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE, location + "-wal holds"
                    + " saved changes not yet copied into " + location + ", and reading them would create "
                    + location + "-shm beside it, " + (Files.isWritable(folder) ? "as read-only as the workspace,"
                    + " which would refuse every save once the workspace is writable again"
                    : "which the read-only folder " + folder + " does not allow") + ". Make the workspace and its"
                    + " folder writable and run the command again: it copies them into the workspace. Nothing was"
                    + " changed.");
        }
    }

    private static boolean walHasContent(Path location) {
        try {
            return Files.size(WorkspacePath.sibling(location, "-wal")) > 0;
        } catch (IOException noWal) {
            return false;
        }
    }
}
