package app.hamish.store;

import app.hamish.model.MergeReport;
import app.hamish.model.ServerAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
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
            // The driver itself rather than DriverManager, which would load every driver on the class path.
            return new org.postgresql.Driver().connect("jdbc:postgresql://" + address.host() + ":" + address.port()
                    + "/" + address.database(), connectionProperties(address));
        } catch (SQLException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.UNREACHABLE, "Cannot open the workspace "
                    + address.database() + " on " + address.host() + ":" + address.port() + " as "
                    + address.user() + ": " + whyNotConnected(e), e);
        }
    }

    /** The driver's properties: user and options, and {@code PGPASSWORD} if set (the driver reads ~/.pgpass). */
    private static Properties connectionProperties(ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        address.options().forEach(properties::setProperty);
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /** By SQLSTATE: the driver's own words for a refused password are "FATAL: ..." and a stack of causes. */
    private static String whyNotConnected(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            return "the server refused the password, or none was given (Hamish reads it from PGPASSWORD or"
                    + " ~/.pgpass).";
        }
        if (state.startsWith("28")) {
            return "the server does not let this user in (" + e.getMessage() + ").";
        }
        if (state.equals("3D000")) {
            return "the server has no such database; an administrator creates it (createdb).";
        }
        if (state.startsWith("08")) {
            return "the server cannot be reached (" + e.getMessage() + ").";
        }
        return e.getMessage();
    }

    /** Not a file: {@code HOST:PORT/DATABASE}, in a path's clothes, for the places that name the workspace. */
    @Override
    public Path location() {
        return Path.of(address.host() + ":" + address.port(), address.database());
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

    /** Brings a workspace file into the server by merge's rules, in one server transaction ({@code push}). */
    @Override
    public MergeReport mergeFrom(Path other, LongSupplier actor) {
        return new WorkspaceMerge(database, null, labels, actor, Times.truncate(clock.instant()),
                MergeSource.DEFAULT_DEADLINE).from(other);
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
