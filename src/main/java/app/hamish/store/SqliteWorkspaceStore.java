package app.hamish.store;

import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import app.hamish.model.MergeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The workspace in one SQLite file, opened by {@link WorkspaceOpener}. */
public final class SqliteWorkspaceStore extends JdbcWorkspaceStore {
    private final Path location;
    /** Null when opened for reading: readers share the workspace with its one writer. */
    private final WorkspaceLock lock;
    private final boolean created;

    SqliteWorkspaceStore(Path location, Database database, WorkspaceLock lock, LabelCatalog labels, Clock clock,
                         boolean created) {
        super(database, labels, clock, SearchRows.FTS5);
        this.location = location;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Loads SQLite's native library (from the user's cache, decision 0077) on a thread of its own, so that it happens
     * while JavaFX starts rather than after; opening a workspace waits for it and reports any failure itself
     * (decision 0034).
     */
    public static void loadLibraryAhead() {
        Thread.ofPlatform().daemon().name("hamish-sqlite-library").start(() -> {
            try {
                SqliteLibrary.requireLoaded();
            } catch (WorkspaceOpenException e) {
                // Said by the workspace's open, which tries again and refuses with this reason.
            }
        });
    }

    /** Opens (creating if absent) the workspace at {@code file}; see {@link WorkspaceOpener} for the checks. */
    public static SqliteWorkspaceStore open(Path file) {
        return WorkspaceOpener.open(file, Clock.systemUTC());
    }

    public static SqliteWorkspaceStore open(Path file, Clock clock) {
        return WorkspaceOpener.open(file, clock);
    }

    /**
     * Opens an existing, current workspace only to read it, beside its writer and other readers; every change is
     * refused. See {@link WorkspaceOpener#openForReading}.
     */
    public static SqliteWorkspaceStore openForReading(Path file) {
        return WorkspaceOpener.openForReading(file, Clock.systemUTC());
    }

    /** The file's lock keeps every other writer out while it is open: no change can arrive from elsewhere. */
    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        return ChangeSubscription.NONE;
    }

    @Override
    public boolean created() {
        return created;
    }

    @Override
    public void discardCreated(Throwable failure) {
        if (!created || lock == null) {
            throw new IllegalStateException(location + " was not created by this open");
        }
        try {
            database.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            WorkspaceOpener.deleteCreated(location, failure);
        } finally {
            lock.close();
        }
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public MergeReport mergeFrom(Path other, java.util.function.LongSupplier actor) {
        WorkspaceMerge merge = new WorkspaceMerge(database, location, labels, this::indexForSearch, actor,
                Times.truncate(clock.instant()), MergeSource.DEFAULT_DEADLINE);
        return merge.from(other);
    }

    @Override
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        requireNotWorkspaceFile(absolute);
        BackupCopy.write(location, absolute);
    }

    @Override
    public void backupTo(Path target, boolean replace) {
        if (!replace && Files.exists(target)) {
            throw new ConflictException("Could not write backup " + target + ": the file exists already and was left"
                    + " as it is; nothing was written.");
        }
        backupTo(target);
    }

    @Override
    public Optional<Path> backUpIfDue() {
        return AutomaticBackups.makeIfDue(location, clock);
    }

    /** Writing a backup or an export over the open workspace (or its journal or lock) would destroy it. */
    @Override
    public void requireNotWorkspaceFile(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Path own = location.resolveSibling(location.getFileName() + suffix);
            try {
                if (absolute.equals(own)
                        || (Files.exists(absolute) && Files.exists(own) && Files.isSameFile(absolute, own))) {
                    throw new ConflictException(target + " is this workspace's own file; choose another name.");
                }
            } catch (IOException e) {
                throw new StoreException("Cannot check " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @throws StoreException if the changes made could not all be copied from the WAL into the workspace file: they
     *                        are saved, in the {@code -wal} file only, which must then be kept
     */
    @Override
    public void close() {
        String notCopied = lock == null ? null : database.checkpointFailure();
        try {
            database.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
        if (notCopied != null) {
            throw new UncopiedChangesException(location, WorkspacePath.sibling(location, "-wal"), notCopied);
        }
    }
}

