package app.hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a workspace file only after checking, without writing, that it is one Hamish can use: not open
 * elsewhere, a SQLite file, a Hamish workspace (or empty), not from a newer Hamish, and not damaged. Any refusal
 * leaves the file byte-for-byte as it was. Only then are WAL mode and pending migrations applied.
 */
final class WorkspaceOpener {
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private WorkspaceOpener() {
    }

    static SqliteWorkspaceStore open(Path file, Clock clock) {
        SqliteLibrary.requireLoaded();
        Path location = file.toAbsolutePath().normalize();
        createParentFolder(location);
        boolean existed = Files.exists(location);
        WorkspaceLock lock = WorkspaceLock.acquire(location);
        Connection connection = null;
        try {
            int version = 0;
            if (existed) {
                // Checked on a read-only connection: closing a read-write one could checkpoint a WAL file into
                // (or roll a hot journal back in) a file we are about to refuse, and it must stay as it was.
                try (Connection probe = connect(location, true)) {
                    version = checkIdentity(probe, location);
                }
                checkWritable(location);
            }
            connection = connect(location, false);
            Database database = new Database(connection, location.toString());
            configure(connection);
            if (version > 0 && version < Migrations.latestVersion()) {
                // A migration rewrites the schema: keep the file as it was, whatever happens next.
                AutomaticBackups.make(location, clock.instant());
            }
            Migrations.migrate(database, version);
            LabelCatalog labels;
            try {
                labels = database.read("read labels", LabelCatalog::load);
            } catch (IllegalArgumentException e) {
                // A stored label that no longer makes sense (e.g. a colour that is not #RRGGBB) is damage too.
                throw new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED, location + " is damaged ("
                        + e.getMessage() + "). It was not changed. " + restoreAdvice(location), e);
            }
            return new SqliteWorkspaceStore(location, database, lock, labels, clock);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection, e);
            lock.close();
            if (!existed) {
                deleteCreated(location, e);
            }
            if (e instanceof SQLException sql) {
                throw openFailure(location, sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void createParentFolder(Path location) {
        try {
            Files.createDirectories(location.getParent());
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE,
                    "Cannot create the folder for workspace " + location + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path location, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        // URI file names let a merge attach the other workspace read-only.
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return SqliteHardening.connect(config, "jdbc:sqlite:" + location);
    }

    /** Returns the schema version; refuses files that are not (empty or) Hamish workspaces Hamish understands. */
    private static int checkIdentity(Connection connection, Path location) throws SQLException {
        int applicationId = intPragma(connection, "application_id");
        int version = intPragma(connection, "user_version");
        boolean empty = tableCount(connection) == 0;
        if (applicationId != Migrations.APPLICATION_ID && !(applicationId == 0 && version == 0 && empty)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    location + " is a SQLite database, but not a Hamish workspace (application_id "
                            + Integer.toHexString(applicationId) + "). It was not changed.");
        }
        if (version > Migrations.latestVersion()) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NEWER_VERSION,
                    location + " was written by a newer Hamish (workspace version " + version
                            + "; this Hamish reads up to " + Migrations.latestVersion()
                            + "). Update Hamish to open it. It was not changed.");
        }
        if (!empty) {
            String schema = SchemaCheck.difference(connection, version);
            String check = schema != null ? schema : quickCheck(connection);
            if ("ok".equals(check)) {
                check = StoredRowsCheck.onOpen(connection, version);
            }
            if (!"ok".equals(check)) {
                throw new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED,
                        location + " is damaged (" + check + "). It was not changed. " + restoreAdvice(location));
            }
        }
        return version;
    }

    /**
     * SQLite would open a write-protected file read-only and fail only at the first change; say so at once,
     * before anything is shown as editable.
     */
    private static void checkWritable(Path location) {
        if (!Files.isWritable(location) || !Files.isWritable(location.getParent())) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE, location
                    + " (or its folder) is read-only; Hamish saves every change at once, so it needs to write there."
                    + " Copy the workspace to a folder you can write to, or make it writable.");
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // FULL: a commit is on disk before Hamish reports it saved, even across power loss.
            statement.execute("PRAGMA synchronous = FULL");
            // Copy every commit into the main file before it is acknowledged, so that a WAL file lost after a
            // crash (deleted by a cleaner, left behind by a sync tool) takes no saved work with it.
            statement.execute("PRAGMA wal_autocheckpoint = 1");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM sqlite_schema");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String quickCheck(Connection connection) throws SQLException {
        StringBuilder problems = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check(3)")) {
            while (rows.next()) {
                problems.append(problems.isEmpty() ? "" : "; ").append(rows.getString(1));
            }
        }
        return problems.toString();
    }

    private static WorkspaceOpenException openFailure(Path location, SQLException e) {
        int code = Database.primaryCode(e);
        if (code == Database.SQLITE_NOTADB) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    location + " is not a Hamish workspace (not a SQLite database). It was not changed.", e);
        }
        if (code == Database.SQLITE_CORRUPT) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED,
                    location + " is damaged (" + e.getMessage() + "). It was not changed. "
                            + restoreAdvice(location), e);
        }
        if (code == Database.SQLITE_BUSY || code == Database.SQLITE_LOCKED) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.IN_USE,
                    location + " is in use by another program. Close it there first.", e);
        }
        if (code == Database.SQLITE_READONLY || code == Database.SQLITE_CANTOPEN) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE,
                    "Cannot open " + location + " for writing: " + e.getMessage(), e);
        }
        return new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED,
                "Cannot open " + location + ": " + e.getMessage(), e);
    }

    /** Names the last good automatic backup, so a damaged workspace comes with its way back. */
    private static String restoreAdvice(Path location) {
        return AutomaticBackups.newest(location)
                .map(backup -> "The newest automatic backup is " + backup + "; restore it with: hamish restore-backup"
                        + " --workspace " + location + " (the damaged file is kept beside it).")
                .orElse("There is no automatic backup of it in " + AutomaticBackups.folder(location)
                        + "; restore a backup of your own.");
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A refused open must not leave behind a workspace it created itself. */
    private static void deleteCreated(Path location, Exception failure) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(location.resolveSibling(location.getFileName() + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
