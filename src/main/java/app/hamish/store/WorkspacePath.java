package app.hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one name of a workspace file and the address SQLite opens it by. Every way of naming a file (a symbolic link,
 * {@code ..}, a relative path) gives the same real path, so all of them meet at the same lock file. The address is
 * a {@code file:} URI with the name percent-encoded: a {@code ?}, {@code #} or {@code %} in a file name is part of
 * the name, never URI parameters that could switch the journal off or open another file.
 */
final class WorkspacePath {
    private WorkspacePath() {
    }

    /** The real path of {@code file}, or of its folder with its name when the file does not exist yet. */
    static Path canonical(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path folder = absolute.normalize().getParent();
            return Files.isDirectory(folder) ? folder.toRealPath().resolve(absolute.getFileName())
                    : absolute.normalize();
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    "Cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a path that names a folder, a FIFO, a device or a socket (or a link to one) before SQLite opens it:
     * SQLite waits for ever on a FIFO until something writes into it, and reports a folder as a bare "disk I/O error".
     * A path that names nothing passes, for a writer to create the workspace there.
     */
    static void requireRegularFile(Path location) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(location, BasicFileAttributes.class);
        } catch (IOException e) {
            // Nothing there, or nothing this user may see: opening says so, as it did before this check.
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE, location
                    + " is not a regular file (" + kind(location, attributes) + "), so it is not a Hamish workspace."
                    + " It was not changed. Name the workspace's own file.");
        }
    }

    /** What a file that is not a regular one is, as {@code ls -l} would tell; only POSIX systems say more than that. */
    private static String kind(Path location, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            return switch ((Integer) Files.getAttribute(location, "unix:mode") & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    /** The JDBC URL of {@code file}; {@code parameters} are SQLite URI parameters such as {@code immutable=1}. */
    static String jdbcUrl(Path file, String... parameters) {
        String uri = "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath();
        return parameters.length == 0 ? uri : uri + "?" + String.join("&", parameters);
    }

    /** {@code location} with {@code suffix} appended to its file name, e.g. its {@code -wal} file. */
    static Path sibling(Path location, String suffix) {
        return location.resolveSibling(location.getFileName() + suffix);
    }
}
