package app.hamish;

import app.hamish.service.Workspace;
import app.hamish.store.PostgresWorkspaceStore;
import app.hamish.model.ServerAddress;
import app.hamish.store.SqliteWorkspaceStore;
import app.hamish.store.WorkspaceStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * The engines a workspace can live in, for tests that run once on each so that the two cannot drift: a SQLite file,
 * and a database on the run's real PostgreSQL server ({@link PgServer}).
 */
public enum StoreBackend {
    SQLITE, POSTGRESQL;

    /** A place for a new, empty workspace: a file in {@code folder}, or a database of its own on the server. */
    public Place newPlace(Path folder) {
        return newPlace(folder, "w");
    }

    /** As {@link #newPlace(Path)}, for tests with several workspaces: the file is {@code name.db}. */
    public Place newPlace(Path folder, String name) {
        return switch (this) {
            case SQLITE -> new Place(this, folder.resolve(name + ".db"), null);
            case POSTGRESQL -> {
                PgServer server = PgServer.shared();
                yield new Place(this, null, new ServerAddress(PgServer.HOST, server.port(), server.newDatabase(),
                        PgServer.SUPERUSER, Map.of()));
            }
        };
    }

    /** Where one workspace lives; each open is a new connection to it. */
    public record Place(StoreBackend backend, Path file, ServerAddress server) {
        public WorkspaceStore open() {
            return open(Clock.systemUTC());
        }

        public WorkspaceStore open(Clock clock) {
            return file != null ? SqliteWorkspaceStore.open(file, clock) : PostgresWorkspaceStore.open(server, clock);
        }

        public Workspace workspace() {
            return workspace(Clock.systemUTC());
        }

        public Workspace workspace(Clock clock) {
            return new Workspace(open(clock), clock);
        }

        /** How {@code --workspace} names it: the file, or the server's address. */
        public String argument() {
            return file != null ? file.toString() : server.toString();
        }

        /** A plain JDBC connection to the workspace's tables, past Hamish, for reading them as they are. */
        public Connection connect() throws SQLException {
            return file != null ? DriverManager.getConnection("jdbc:sqlite:" + file)
                    : PgServer.shared().connect(server.database());
        }
    }
}
