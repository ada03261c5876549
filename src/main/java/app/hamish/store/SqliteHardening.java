package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * SQLite's advice for database files that may come from anyone (sqlite.org/security.html), applied to every
 * connection Hamish opens on a workspace or a file to merge: no SQL function with side effects and no virtual
 * table may run from a view, trigger, CHECK or index in the file ({@code trusted_schema=OFF}); no extension
 * loading; corrupt cells caught as they are read ({@code cell_size_check}); no value longer than twice the
 * largest article, so a crafted row cannot fill memory; temporary tables in memory, never in a growing file.
 *
 * <p>Defensive mode ({@code SQLITE_DBCONFIG_DEFENSIVE}) is not set: sqlite-jdbc offers no call or pragma for it
 * and its native library exports no {@code sqlite3_} symbol to reach it otherwise (decision 0014). What it guards
 * against, SQL that writes the schema or pages directly, is SQL Hamish never runs: its statements are its own,
 * never built from input.
 */
final class SqliteHardening {
    private static final int SQLITE_LIMIT_LENGTH = 0;
    static final int MAX_VALUE_BYTES = 128 * 1024 * 1024;

    private SqliteHardening() {
    }

    /** A new connection by {@code config} to {@code url}, hardened; closed again if hardening fails. */
    static Connection connect(SQLiteConfig config, String url) throws SQLException {
        // A backup checked or a file merged may be the first connection a command opens: the library from the
        // user's cache then too, not unpacked into the temporary folder (decision 0077).
        SqliteLibrary.requireLoaded();
        Connection connection = config.createConnection(url);
        try {
            apply(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    static void apply(Connection connection) throws SQLException {
        DB database = connection.unwrap(SQLiteConnection.class).getDatabase();
        database.enable_load_extension(false);
        database.limit(SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA cell_size_check = ON");
            statement.execute("PRAGMA temp_store = MEMORY");
        }
    }
}
