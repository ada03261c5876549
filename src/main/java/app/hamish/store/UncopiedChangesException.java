package app.hamish.store;

import java.nio.file.Path;

/**
 * Closing found changes that are saved in the workspace's WAL but could not be copied into its main file: nothing
 * is lost as long as the WAL stays beside the file. Its parts are kept so the workbench can tell the user in their
 * language.
 */
public final class UncopiedChangesException extends StoreException {
    private final Path workspace;
    private final Path wal;
    private final String reason;

    UncopiedChangesException(Path workspace, Path wal, String reason) {
        super("Every change is saved, but the last ones only in " + wal + ": they could not be copied into "
                + workspace + " (" + reason + "). Keep " + wal + " beside it, and free some space: Hamish copies"
                + " them in the next time it opens the workspace.");
        this.workspace = workspace;
        this.wal = wal;
        this.reason = reason;
    }

    public Path workspace() {
        return workspace;
    }

    public Path wal() {
        return wal;
    }

    /** Why SQLite could not copy them, such as "the disk is full". */
    public String reason() {
        return reason;
    }
}
