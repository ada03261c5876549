package app.hamish.ui.shell;

import app.hamish.model.ServerAddress;
import app.hamish.service.Workspace;
import java.nio.file.Path;

/** What the workbench opens: a workspace file, or a database on a PostgreSQL server (exactly one is given). */
public record WorkspaceLocation(Path file, ServerAddress server) {
    public static WorkspaceLocation of(Path file) {
        return new WorkspaceLocation(file, null);
    }

    public static WorkspaceLocation of(ServerAddress server) {
        return new WorkspaceLocation(null, server);
    }

    /** As the command line passes it on to JavaFX: an address, or a file's path. */
    static WorkspaceLocation parse(String text) {
        return ServerAddress.isServer(text) ? of(ServerAddress.parse(text)) : of(Path.of(text));
    }

    boolean isServer() {
        return server != null;
    }

    /**
     * @param password typed by the user for a server that asked for one; null: PGPASSWORD or ~/.pgpass
     * @throws app.hamish.store.WorkspaceOpenException if the workspace cannot be opened
     */
    Workspace open(String password) {
        return isServer() ? Workspace.open(server, password) : Workspace.open(file);
    }

    /**
     * As it is handed on and remembered, to be read back by {@link #parse}: a file's absolute path, or a server's
     * full address with its user and options (a server's address holds no password).
     */
    String address() {
        return isServer() ? server.url() : file.toAbsolutePath().normalize().toString();
    }

    /** How the start-up screen and the log name it; a server's address holds no password. */
    @Override
    public String toString() {
        return isServer() ? server.toString() : file.toAbsolutePath().toString();
    }
}
