package app.hamish.cli;

import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import app.hamish.ui.shell.DefaultWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A subcommand that works on a workspace, named before or after the subcommand. */
abstract class WorkspaceCommand {
    @ParentCommand
    HamishCommand parent;

    @Option(names = "--workspace", paramLabel = "FILE", description = {"Workspace database (default: "
            + "annotations/workbench.db, or workbench.db in your data folder when Hamish is installed)."})
    Path workspace;

    /** Named here, or before the command, or the default: commands never follow the workbench's last workspace. */
    Path location() {
        if (workspace != null) {
            return workspace;
        }
        return parent.workspace != null ? parent.workspace : DefaultWorkspace.location();
    }

    /**
     * Runs {@code work} on the workspace, creating it if absent. A workspace created here is removed again when the
     * work is refused or fails, so that a refused import leaves no empty workspace behind; a new one needs no
     * automatic backup yet.
     */
    void changeCreatingIfAbsent(Consumer<Workspace> work) {
        Path firstNewFolder = firstMissingFolder(location().toAbsolutePath().normalize().getParent());
        Workspace opened = Workspace.open(location());
        if (!opened.created()) {
            backedUp(opened);
        }
        try {
            work.accept(opened);
        } catch (RuntimeException e) {
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
    private static void closeAfter(Workspace workspace, RuntimeException failure) {
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
