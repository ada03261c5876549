package app.hamish.cli;

import app.hamish.service.Workspace;
import app.hamish.model.ServerAddress;
import app.hamish.store.StoreException;
import app.hamish.store.UnsupportedOnServerException;
import app.hamish.ui.shell.DefaultWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A subcommand that works on a workspace, named before or after the subcommand. */
abstract class WorkspaceCommand {
    @ParentCommand
    HamishCommand parent;

    @Option(names = "--workspace", paramLabel = "FILE|URL", converter = WorkspaceArgument.Converter.class,
            description = {"Workspace database (default: annotations/workbench.db, or workbench.db in your data "
                    + "folder when Hamish is installed), or a server's: postgresql://HOST[:PORT]/DB?user=NAME "
                    + "(the password from PGPASSWORD or ~/.pgpass)."})
    WorkspaceArgument workspace;

    /** Named here, or before the command; null for the default. */
    private WorkspaceArgument named() {
        return workspace != null ? workspace : parent.workspace;
    }

    /** The server workspace named, if one is. */
    Optional<ServerAddress> server() {
        return Optional.ofNullable(named()).map(WorkspaceArgument::server);
    }

    /**
     * The workspace file named, or the default: commands never follow the workbench's last workspace.
     *
     * @throws UnsupportedOnServerException if a server workspace is named, for what only a file can do yet
     */
    Path location() {
        WorkspaceArgument named = named();
        if (named == null) {
            return DefaultWorkspace.location();
        }
        if (named.server() != null) {
            throw new UnsupportedOnServerException(named.server() + " is a server workspace; this command works"
                    + " only on a workspace file: it is not supported on a server workspace yet.");
        }
        return named.file();
    }

    /** How messages name the workspace. */
    String name() {
        return server().map(ServerAddress::toString).orElseGet(() -> location().toString());
    }

    /** Whether the workspace is there already: a server's database always is (or the server says otherwise). */
    boolean exists() {
        return server().isPresent() || Files.exists(location());
    }

    /**
     * Runs {@code work} on the workspace, creating it if absent. A workspace created here is removed again when the
     * work is refused or fails, so that a refused import leaves no empty workspace behind; a new one needs no
     * automatic backup yet.
     */
    void changeCreatingIfAbsent(Consumer<Workspace> work) {
        if (server().isPresent()) {
            change(Workspace.open(server().get()), work);
            return;
        }
        Path firstNewFolder = firstMissingFolder(location().toAbsolutePath().normalize().getParent());
        Workspace opened = Workspace.open(location());
        if (!opened.created()) {
            backedUp(opened);
        }
        try {
            work.accept(opened);
        } catch (RuntimeException | Error e) {
            // An import reads its files while it writes: running out of memory reading one leaves no workspace either.
            if (opened.created()) {
                opened.discardCreated(e);
                deleteNewFolders(location().toAbsolutePath().normalize().getParent(), firstNewFolder);
            } else {
                closeAfter(opened, e);
            }
            throw e;
        }
        // Only after the work succeeded: a close that fails then (a full disk) may leave it saved in the WAL.
        opened.close();
    }

    /** A server's database is never created here, so failed work has no workspace to remove; its writes rolled back. */
    private static void change(Workspace opened, Consumer<Workspace> work) {
        try {
            work.accept(opened);
        } catch (RuntimeException e) {
            closeAfter(opened, e);
            throw e;
        }
        opened.close();
    }

    /** The outermost folder on the way to {@code folder} that does not exist yet, or null if it exists. */
    private static Path firstMissingFolder(Path folder) {
        Path missing = null;
        for (Path candidate = folder; candidate != null && !Files.exists(candidate);
             candidate = candidate.getParent()) {
            missing = candidate;
        }
        return missing;
    }

    /**
     * Removes the folders opening the workspace created for it, from {@code folder} up to {@code firstNew}, while
     * they are empty: a refused import leaves nothing new behind.
     */
    private static void deleteNewFolders(Path folder, Path firstNew) {
        if (firstNew == null) {
            return;
        }
        for (Path candidate = folder; candidate != null && candidate.startsWith(firstNew);
             candidate = candidate.getParent()) {
            try {
                Files.deleteIfExists(candidate);
            } catch (IOException notEmpty) {
                // Something else was put there meanwhile: it stays, and so do the folders holding it.
                return;
            }
        }
    }

    /** Opens an existing workspace; reading commands never create an empty one by mistake. */
    Workspace openExisting() {
        if (server().isPresent()) {
            return Workspace.open(server().get());
        }
        if (!Files.exists(location())) {
            throw new MissingWorkspaceException(location());
        }
        return backedUp(Workspace.open(location()));
    }

    /**
     * Opens an existing workspace to read it, beside the workbench or a command that changes it, and any number of
     * other readers. No automatic backup: reading changes nothing, and the writer makes them.
     */
    Workspace openForReading() {
        if (server().isPresent()) {
            return Workspace.open(server().get());
        }
        if (!Files.exists(location())) {
            throw new MissingWorkspaceException(location());
        }
        return Workspace.openForReading(location());
    }

    /**
     * Commands are short, so the automatic backup that the workbench makes in the background is made here, when
     * due, before the command runs; a backup that cannot be written (a full disk) must not stop the command.
     */
    /** Closes after failed work; a failure to close is kept with the work's, which is the one reported. */
    private static void closeAfter(Workspace workspace, Throwable failure) {
        try {
            workspace.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static Workspace backedUp(Workspace workspace) {
        try {
            workspace.backUpIfDue();
        } catch (StoreException e) {
            System.err.println("warning: automatic backup skipped: " + e.getMessage());
        }
        return workspace;
    }
}
