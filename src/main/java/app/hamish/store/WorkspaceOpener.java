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
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a workspace file only after checking, without writing, that it is one Hamish can use: not open
 * elsewhere, a SQLite file, a Hamish workspace (or empty), not from a newer Hamish, and not damaged. Any refusal
 * leaves the file byte-for-byte as it was. Only then are WAL mode and pending migrations applied.
 */
final class WorkspaceOpener {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /** The files SQLite keeps beside a workspace while it is open. */
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private WorkspaceOpener() {
    }

    static SqliteWorkspaceStore open(Path file, Clock clock) {
        SqliteLibrary.requireLoaded();
        createParentFolder(file.toAbsolutePath().normalize());
        Path location = WorkspacePath.canonical(file);
        WorkspacePath.requireRegularFile(location);
        requireWritableFolder(location);
        WorkspaceLock lock = WorkspaceLock.acquire(location);
        // Under the lock: a file another writer created and closed a moment ago is theirs, never deleted below.
        boolean existed = Files.exists(location);
        Connection connection = null;
        try {
            int version = 0;
            if (existed) {
                requireNotEmptyFile(location);
                // Before any connection: a read-only connection would create -wal and -shm files as read-only as
                // the workspace, and they would refuse every save after the user made the workspace writable.
                checkWritable(location);
                version = probe(location, false);
            }
            connection = connect(location, false);
            Database database = new Database(connection, location.toString(), SqliteDialect.INSTANCE);
            configure(connection);
            if (version > 0 && version < Migrations.latestVersion()) {
                // A migration rewrites the schema: keep the file as it was, whatever happens next.
                AutomaticBackups.make(location, clock.instant());
            }
            Migrations.migrate(database, version);
            database.write("find the articles missing from the search index", SearchRows::pendMissing);
            return new SqliteWorkspaceStore(location, database, lock, labels(database, location), clock, !existed);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection, e);
            try {
                if (!existed) {
                    deleteCreated(location, e);
                }
            } finally {
                lock.close();
            }
            if (e instanceof SQLException sql) {
                throw openFailure(location, sql);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Opens an existing workspace to read it beside its writer (the workbench, an import) and any number of other
     * readers: no lock, no migration, no backup; a connection that SQLite refuses to write through. WAL mode gives
     * each read one committed snapshot. Files SQLite needs while reading ({@code -wal}, {@code -shm}) are removed
     * by the last connection to close, as after a writer; where the file or its folder is read-only, no file is
     * created ({@link ReadOnlyPlace}).
     */
    static SqliteWorkspaceStore openForReading(Path file, Clock clock) {
        SqliteLibrary.requireLoaded();
        Path location = WorkspacePath.canonical(file);
        if (!Files.exists(location)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    "There is no workspace " + location + ".");
        }
        WorkspacePath.requireRegularFile(location);
        requireNotEmptyFile(location);
        ReadOnlyPlace.requireReadable(location);
        Connection connection = null;
        try {
            probe(location, true);
            connection = readingConnection(location);
            Database database = new Database(connection, location.toString(), SqliteDialect.INSTANCE);
            return new SqliteWorkspaceStore(location, database, null, labels(database, location), clock, false);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection, e);
            if (e instanceof SQLException sql) {
                throw openFailure(location, sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static LabelCatalog labels(Database database, Path location) {
        try {
            return database.read("read labels", LabelCatalog::load);
        } catch (IllegalArgumentException e) {
            // A stored label that no longer makes sense (e.g. a colour that is not #RRGGBB) is damage too.
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED, location + " is damaged ("
                    + e.getMessage() + "). It was not changed. " + restoreAdvice(location), e);
        }
    }

    /**
     * Checks the file on a read-only connection and returns its schema version: closing a read-write one could
     * checkpoint a WAL file into (or roll a hot journal back in) a file about to be refused, and it must stay as it
     * was. The {@code -wal} and {@code -shm} files that SQLite creates to read are removed again when the file is
     * refused (while no writer holds it: a reader does not remove files a writer may be using).
     */
    private static int probe(Path location, boolean reader) throws SQLException {
        List<Path> created = SIDE_FILES.stream().map(suffix -> WorkspacePath.sibling(location, suffix))
                .filter(side -> !Files.exists(side)).toList();
        try (Connection probe = reader && ReadOnlyPlace.immutable(location) ? connect(location, true, "immutable=1")
                : connect(location, true)) {
            return checkIdentity(probe, location, reader);
        } catch (RuntimeException | SQLException e) {
            if (reader) {
                deleteUnlessWritten(location, created, e);
            } else {
                deleteAll(created, e);
            }
            throw e;
        }
    }

    /**
     * Whether opening would refuse {@code location} as damaged, by any of its checks (schema, pages, rows); read-only,
     * so nothing is changed. The caller holds the lock.
     */
    static boolean refusedAsDamaged(Path location) {
        try {
            probe(location, false);
            return false;
        } catch (WorkspaceOpenException e) {
            return e.reason() == WorkspaceOpenException.Reason.DAMAGED;
        } catch (SQLException e) {
            return openFailure(location, e).reason() == WorkspaceOpenException.Reason.DAMAGED;
        }
    }

    private static void deleteUnlessWritten(Path location, List<Path> created, Exception failure) {
        try (WorkspaceLock ignored = WorkspaceLock.acquire(location)) {
            deleteAll(created, failure);
        } catch (WorkspaceOpenException inUse) {
            // A writer has the workspace: the files are its own now.
        }
    }

    /**
     * Read-write but refusing every change ({@code query_only}): a read-only connection would leave {@code -wal} and
     * {@code -shm} behind, while this one, if it is the last to close, removes them as a writer does.
     */
    private static Connection readingConnection(Path location) throws SQLException {
        if (ReadOnlyPlace.applies(location)) {
            return ReadOnlyPlace.immutable(location) ? connect(location, true, "immutable=1")
                    : connect(location, true);
        }
        Connection connection = connect(location, false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw e;
        }
        return connection;
    }

    /**
     * SQLite takes an empty file for an empty database and would make a workspace of it; but a file that is there
     * and empty is someone's file (a failed download, a placeholder), not a workspace.
     */
    private static void requireNotEmptyFile(Path location) {
        try {
            if (Files.isRegularFile(location) && Files.size(location) == 0) {
                throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE, location
                        + " is an empty file (0 bytes), not a Hamish workspace. It was not changed. Delete it to "
                        + "start a new workspace under that name, or name another file.");
            }
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    "Cannot read " + location + ": " + e.getMessage(), e);
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

    private static Connection connect(Path location, boolean readOnly, String... uriParameters) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        // URI file names let a merge attach the other workspace read-only.
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // The driver would otherwise follow every INSERT run by executeUpdate with a query of its own for the row's
        // key (SELECT last_insert_rowid(), prepared and finalised each time), which nothing in Hamish reads: an
        // insert whose key is needed asks for it with RETURNING.
        config.setGetGeneratedKeys(false);
        return SqliteHardening.connect(config, WorkspacePath.jdbcUrl(location, uriParameters));
    }

    /** Returns the schema version; refuses files that are not (empty or) Hamish workspaces Hamish understands. */
    private static int checkIdentity(Connection connection, Path location, boolean reader) throws SQLException {
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
        if (reader && version < Migrations.latestVersion()) {
            // Upgrading is writing; a reader leaves it to the writer.
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.OLDER_VERSION, location
                    + " was written by an older Hamish (workspace version " + version + "). Open it once in the "
                    + "workbench, or run a command that changes it (such as import), to upgrade it. It was not"
                    + " changed.");
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
        if (!Files.isWritable(location)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE, location
                    + " is read-only; Hamish saves every change at once, so it needs to write it. Copy the workspace"
                    + " to a folder you can write to, or make it writable. It was not changed.");
        }
    }

    /**
     * A writer creates its lock file, and SQLite its {@code -wal} and {@code -shm}, beside the workspace; in a
     * read-only folder the first fails with a question and SQLite's own refusal reads "for writing:
     * [SQLITE_READONLY_DIRECTORY]", so the folder is named before either is tried.
     */
    private static void requireWritableFolder(Path location) {
        Path folder = location.getParent();
        if (!Files.isWritable(folder)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE, "Cannot write workspace "
                    + location + ": its folder " + folder + " is read-only, and Hamish writes the workspace's lock"
                    + " and journal files beside it. Make the folder writable, or copy the workspace to a folder you"
                    + " can write to. Nothing was changed.");
        }
    }

    private static void configure(Connection connection) throws SQLException {
        makeDurable(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    /** How every commit to a workspace reaches the disk; the bench's plain-SQLite limit commits the same way. */
    static void makeDurable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // FULL: a commit is on disk before Hamish reports it saved, even across power loss.
            statement.execute("PRAGMA synchronous = FULL");
            // Copy every commit into the main file before it is acknowledged, so that a WAL file lost after a
            // crash (deleted by a cleaner, left behind by a sync tool) takes no saved work with it.
            statement.execute("PRAGMA wal_autocheckpoint = 1");
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
        int code = SqliteDialect.primaryCode(e);
        if (code == SqliteDialect.SQLITE_NOTADB) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                    location + " is not a Hamish workspace (not a SQLite database). It was not changed.", e);
        }
        if (code == SqliteDialect.SQLITE_CORRUPT) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.DAMAGED,
                    location + " is damaged (" + e.getMessage() + "). It was not changed. "
                            + restoreAdvice(location), e);
        }
        if (code == SqliteDialect.SQLITE_BUSY || code == SqliteDialect.SQLITE_LOCKED) {
            return new WorkspaceOpenException(WorkspaceOpenException.Reason.IN_USE,
                    location + " is in use by another program. Close it there first.", e);
        }
        if (code == SqliteDialect.SQLITE_READONLY || code == SqliteDialect.SQLITE_CANTOPEN) {
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
    static void deleteCreated(Path location, Throwable failure) {
        deleteAll(List.of(location), failure);
        deleteAll(SIDE_FILES.stream().map(suffix -> WorkspacePath.sibling(location, suffix)).toList(), failure);
    }

    private static void deleteAll(List<Path> files, Throwable failure) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
