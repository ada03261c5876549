package app.hamish.store;

import app.hamish.model.MergeReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A workspace in a PostgreSQL database, shared by everyone who connects to it: the same rows and SQL as a SQLite
 * workspace (see {@link JdbcWorkspaceStore}). What only a file can do is refused until the server has its own way
 * (decision 0021).
 */
public final class PostgresWorkspaceStore extends JdbcWorkspaceStore {
    private final ServerAddress address;

    private PostgresWorkspaceStore(ServerAddress address, Database database, LabelCatalog labels, Clock clock) {
        super(database, labels, clock);
        this.address = address;
    }

    /**
     * Connects, and creates or updates the workspace schema in the database.
     *
     * @throws WorkspaceOpenException if the server cannot be reached or refuses the login, or the database holds
     *                                something else or a newer workspace; nothing is changed then
     */
    public static PostgresWorkspaceStore open(ServerAddress address, Clock clock) {
        Connection connection = connect(address);
        try {
            Database database = new Database(connection, address.toString(), PostgresDialect.INSTANCE);
            PostgresMigrations.migrate(database, address);
            return new PostgresWorkspaceStore(address, database, database.read("read labels", LabelCatalog::load),
                    clock);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private static Connection connect(ServerAddress address) {
        try {
            return DriverManager.getConnection(address.jdbcUrl(), address.connectionProperties());
        } catch (SQLException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.UNREACHABLE, "Cannot connect to "
                    + address.host() + ":" + address.port() + " as " + address.user() + ": " + e.getMessage(), e);
        }
    }

    /** Not a file: the address, in a path's clothes, for the places that name the workspace. */
    @Override
    public Path location() {
        return Path.of(address.toString());
    }

    public ServerAddress address() {
        return address;
    }

    /** The database existed before; only its schema is created, and a failed import leaves none of its rows. */
    @Override
    public boolean created() {
        return false;
    }

    @Override
    public void discardCreated(Exception failure) {
        throw new IllegalStateException(address + " was not created by this open");
    }

    @Override
    public MergeReport mergeFrom(Path other, LongSupplier actor) {
        throw notYet("merge another workspace into it");
    }

    @Override
    public void backupTo(Path target) {
        throw notYet("back it up to a file (use pg_dump)");
    }

    /** The server's own backups (pg_dump, base backups) keep a server workspace; Hamish makes none of its own. */
    @Override
    public Optional<Path> backUpIfDue() {
        return Optional.empty();
    }

    /** None of a server workspace's files is on this machine. */
    @Override
    public void requireNotWorkspaceFile(Path target) {
    }

    private UnsupportedOnServerException notYet(String what) {
        return new UnsupportedOnServerException("Cannot " + what + ": " + address
                + " is a server workspace, and this is not supported on a server workspace yet.");
    }

    @Override
    public void close() {
        database.close();
    }
}
