package app.hamish.store;

import app.hamish.model.PartialFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A consistent copy of an open workspace: {@code VACUUM INTO} a temporary file, then an atomic move, so the target
 * is never a half-written file. The copy is read through its own read-only connection: in WAL mode that is one
 * snapshot which neither waits for nor holds up the analyst's commits, so it can run in the background. Each copy
 * has its own temporary name, so backups to one target at once never write or delete each other's file.
 */
final class BackupCopy {
    static final String PARTIAL = ".partial";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCopy() {
    }

    static void write(Path workspace, Path target) {
        Path absolute = target.toAbsolutePath();
        requireReplaceable(target, absolute);
        Path partial = absolute.resolveSibling(absolute.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + PARTIAL);
        // VACUUM INTO writes through a rollback journal, which a copy cut short leaves beside the partial file.
        Path journal = WorkspacePath.sibling(partial, "-journal");
        try {
            deleteAbandoned(absolute);
            // Opened as the workspace's reader opened it, so that the copy creates no file beside it either.
            try (Connection connection = ReadOnlyPlace.immutable(workspace) ? readOnly(workspace, "immutable=1")
                    : readOnly(workspace);
                 PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.executeUpdate();
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not write backup " + target + ": " + (e instanceof FileSystemException
                    system && system.getReason() != null ? system.getReason() : e.getMessage()), e);
        } catch (SQLException e) {
            throw new StoreException("Could not write backup " + target + ": " + reason(e, absolute), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(journal);
            } catch (IOException ignored) {
                // The backup itself already succeeded or failed with its own message.
            }
        }
    }

    /** Removes what backups to {@code target} killed before they finished left: partial copies and their journals. */
    private static void deleteAbandoned(Path target) throws IOException {
        if (!Files.isDirectory(target.getParent())) {
            return;
        }
        String prefix = target.getFileName() + ".";
        PartialFiles.deleteAbandoned(target.getParent(), name -> name.startsWith(prefix)
                && (name.endsWith(PARTIAL) || name.endsWith(PARTIAL + "-journal")));
    }

    /**
     * A folder, a device or a pipe is not a file to replace by a backup; the messages name the file the user named,
     * never the temporary file beside it.
     */
    private static void requireReplaceable(Path target, Path absolute) {
        if (Files.isDirectory(absolute)) {
            throw new StoreException("Could not write backup " + target + ": it is a folder; name a file to write.");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new StoreException("Could not write backup " + target + ": it is not a regular file.");
        }
    }

    private static String reason(SQLException e, Path absolute) {
        return switch (SqliteDialect.primaryCode(e)) {
            case SqliteDialect.SQLITE_FULL -> "the disk is full";
            case SqliteDialect.SQLITE_CANTOPEN -> "cannot create a file in " + absolute.getParent()
                    + " (is it a folder you can write to?)";
            default -> e.getMessage();
        };
    }

    /**
     * Whether {@code copy} reopens as an undamaged Hamish workspace. Read-only, so checking never changes it; and
     * immutable unless a WAL beside it holds part of it, because a read-only connection to a file in WAL mode (a
     * plain copy of a workspace) would leave {@code -wal} and {@code -shm} beside it.
     */
    static boolean verifies(Path copy) {
        return problem(copy) == null;
    }

    /**
     * Why {@code copy}, a file, is not an undamaged Hamish workspace, worded to follow its name ("is damaged: …"),
     * or null if it is one; checked as {@link #verifies} does.
     */
    static String problem(Path copy) {
        try {
            if (Files.size(copy) == 0) {
                // SQLite would take it for an empty database.
                return "is an empty file (0 bytes), not a Hamish workspace";
            }
        } catch (IOException e) {
            return "cannot be read: " + (e instanceof FileSystemException system && system.getReason() != null
                    ? system.getReason() : e.getMessage());
        }
        boolean whole = !Files.exists(WorkspacePath.sibling(copy, "-wal"));
        try (Connection connection = whole ? readOnly(copy, "immutable=1") : readOnly(copy);
             Statement statement = connection.createStatement()) {
            if (!Integer.toString(Migrations.APPLICATION_ID).equals(first(statement, "PRAGMA application_id"))) {
                return "is a SQLite database, but not a Hamish workspace";
            }
            String check = first(statement, "PRAGMA integrity_check(1)");
            return "ok".equals(check) ? null : "is damaged: " + check;
        } catch (SQLException e) {
            return switch (SqliteDialect.primaryCode(e)) {
                case SqliteDialect.SQLITE_NOTADB -> "is not a Hamish workspace (not a SQLite database)";
                case SqliteDialect.SQLITE_CORRUPT -> "is damaged: " + e.getMessage();
                default -> "cannot be read: " + e.getMessage();
            };
        }
    }

    private static Connection readOnly(Path file, String... uriParameters) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return SqliteHardening.connect(config, WorkspacePath.jdbcUrl(file, uriParameters));
    }

    private static String first(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
