package app.hamish.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Whether a reading command (export, stats, backup, …) has a workspace open. Readers take no Hamish lock, but every
 * connection to a workspace in WAL mode holds SQLite's shared lock on the file from its first read until it closes;
 * so a connection that cannot lock it exclusively has found one.
 */
final class WorkspaceReaders {
    private WorkspaceReaders() {
    }

    /** @param location the workspace's canonical path; its writer's lock must be held, so no writer counts here */
    static boolean anyOpen(Path location) {
        if (!Files.exists(location)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(0);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try (Connection probe = SqliteHardening.connect(config, WorkspacePath.jdbcUrl(location));
             Statement statement = probe.createStatement()) {
            // In WAL mode a write transaction takes the exclusive lock on the file only in exclusive locking mode.
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
            return false;
        } catch (SQLException e) {
            int code = Database.primaryCode(e);
            // Any other failure (not a database, read-only) is one a reader would have been refused with too.
            return code == Database.SQLITE_BUSY || code == Database.SQLITE_LOCKED;
        }
    }
}
