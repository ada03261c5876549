package app.hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
