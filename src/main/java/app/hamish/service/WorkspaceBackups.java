package app.hamish.service;

import app.hamish.store.AutomaticBackups;
import app.hamish.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The way back from a damaged workspace: putting one of its automatic backups in its place. */
public final class WorkspaceBackups {
    /** What was restored, and where the file it replaced was kept. */
    public record Restored(Path backup, Path keptAs) {
    }

    private WorkspaceBackups() {
    }

    /**
     * Restores {@code backup}, or the newest automatic backup when empty; the workspace must not be open, and is
     * replaced only if it cannot be opened cleanly, unless {@code force}.
     */
    public static Restored restore(Path workspace, Optional<Path> backup, Clock clock, boolean force) {
        Path chosen = backup.or(() -> AutomaticBackups.newest(workspace)).orElseThrow(() -> new StoreException(
                "There is no automatic backup in " + AutomaticBackups.folder(workspace) + "; nothing was changed."));
        return new Restored(chosen, AutomaticBackups.restore(workspace, chosen, clock, force));
    }
}
