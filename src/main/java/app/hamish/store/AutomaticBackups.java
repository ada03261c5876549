package app.hamish.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rotating, verified copies of a workspace in {@code <workspace>.backups/}: made whenever the newest is older than
 * {@link #INTERVAL} (the workbench asks in the background while it is open, the command line when it opens a
 * workspace), and before every schema migration; the newest {@link #KEPT} are kept. A copy
 * that does not reopen cleanly is deleted at once, so every file there is one a damaged workspace can be restored
 * from. Names sort by time: {@code workbench-20261124T023000Z.db}.
 */
public final class AutomaticBackups {
    static final Duration INTERVAL = Duration.ofHours(12);
    static final int KEPT = 10;
    /** The backup being put in place, beside the workspace until it is complete. */
    private static final String RESTORING = ".restoring";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AutomaticBackups() {
    }

    public static Path folder(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".backups");
    }

    /** The newest automatic backup of {@code workspace}, if any. */
    public static Optional<Path> newest(Path workspace) {
        return backups(workspace).stream().reduce((older, newer) -> newer);
    }

    /** Returns the backup made, if one was due; one at a time, so two callers never write the same copy. */
    static synchronized Optional<Path> makeIfDue(Path workspace, Clock clock) {
        Instant now = clock.instant();
        Optional<Path> newest = newest(workspace);
        boolean due = newest.map(last -> stamp(workspace, last).plus(INTERVAL).isBefore(now)).orElse(true);
        return due ? Optional.of(make(workspace, now)) : Optional.empty();
    }

    static synchronized Path make(Path workspace, Instant now) {
        Path folder = folder(workspace);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Could not create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        deleteUnfinished(workspace);
        Path copy = folder.resolve(prefix(workspace) + STAMP.format(now) + ".db");
        BackupCopy.write(workspace, copy);
        if (!BackupCopy.verifies(copy)) {
            delete(copy);
            throw new StoreException("The automatic backup " + copy + " did not reopen cleanly and was deleted;"
                    + " the workspace itself was not changed.");
        }
        List<Path> all = backups(workspace);
        all.subList(0, Math.max(0, all.size() - KEPT)).forEach(AutomaticBackups::delete);
        return copy;
    }

    /**
     * Puts {@code backup} in place of a workspace that cannot be opened (it must not be open anywhere: the lock
     * is taken, and a reading command that has it open makes the restore refuse); one that opens cleanly is replaced only when {@code force} says so. The backup is verified, copied
     * beside the workspace and renamed over it, so an interrupted restore leaves the workspace as it was. The
     * replaced file and its WAL are kept beside it as {@code .damaged-<time>} for later rescue.
     */
    public static Path restore(Path workspace, Path backup, Clock clock, boolean force) {
        Path location = WorkspacePath.canonical(workspace);
        if (!Files.isDirectory(location)) {
            // Checking whether a FIFO or device opens cleanly would wait on it for ever; a folder in the workspace's
            // place is left to the last step, whose failure puts back everything moved aside.
            WorkspacePath.requireRegularFile(location);
        }
        requireBackup(workspace, location, backup);
        try (WorkspaceLock ignored = WorkspaceLock.acquire(location)) {
            if (WorkspaceReaders.anyOpen(location)) {
                // Restoring renames the WAL from under a reader, which, closing last, would delete the new one.
                throw new ConflictException(workspace + " is open in a reading command (export, stats, backup, …),"
                        + " and restore-backup would replace the file under it. Run it again when that command has"
                        + " finished. Nothing was changed.");
            }
            if (!force && opensCleanly(location)) {
                throw new ConflictException(workspace + " opens cleanly, so restore-backup leaves it alone: restoring"
                        + " would roll back the work done since " + backup.getFileName() + ". Add --force to replace it"
                        + " anyway (it is kept beside it). Nothing was changed.");
            }
            return replace(location, backup, ".damaged-" + STAMP.format(clock.instant()));
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + " to " + workspace + ": " + reason(e)
                    + ". The workspace was not replaced.", e);
        }
    }

    /**
     * Refuses, saying what it is instead, a backup that is not one: the analyst may name any file, and a typo, a
     * folder or another program's database is their input to correct, not a failure to write. A pipe is refused
     * before SQLite would wait on it. The workspace itself, by whatever name, would be "restored" from itself and
     * kept beside itself as damaged.
     */
    private static void requireBackup(Path workspace, Path location, Path backup) {
        String problem;
        if (!Files.exists(backup)) {
            problem = "does not exist";
        } else if (Files.isDirectory(backup)) {
            problem = "is a folder; name a backup file";
        } else if (!Files.isRegularFile(backup)) {
            problem = "is not a regular file (a pipe, device or socket)";
        } else if (sameFile(location, backup)) {
            throw new ConflictException("Cannot restore " + workspace + " from " + backup + ": that is the workspace"
                    + " itself, not a backup of it. Name one of its backups in " + folder(workspace) + ", or leave"
                    + " --from out for the newest. Nothing was changed.");
        } else {
            problem = BackupCopy.problem(backup);
        }
        if (problem != null) {
            throw new ConflictException("Cannot restore from " + backup + ": it " + problem + ". Nothing was changed.");
        }
    }

    private static boolean sameFile(Path location, Path backup) {
        try {
            return Files.exists(location) && Files.isSameFile(location, backup);
        } catch (IOException e) {
            throw new ConflictException("Cannot restore from " + backup + ": it cannot be compared with the workspace"
                    + " (" + reason(e) + "). Nothing was changed.");
        }
    }

    /**
     * Copies the backup beside the workspace and the workspace aside, then moves the WAL and its index aside and
     * renames the copy into place. Should any step fail, what was moved aside is put back and the copies are removed,
     * so the workspace, with the changes its WAL may hold, stays exactly as it was.
     */
    private static Path replace(Path location, Path backup, String aside) throws IOException {
        Path restoring = WorkspacePath.sibling(location, RESTORING);
        Path keptAs = WorkspacePath.sibling(location, aside);
        List<Path> movedAside = new ArrayList<>();
        boolean copiedAside = false;
        try {
            Files.deleteIfExists(restoring);
            Files.copy(backup, restoring);
            try (FileChannel copy = FileChannel.open(restoring, StandardOpenOption.WRITE)) {
                copy.force(true);
            }
            if (Files.exists(location)) {
                Files.copy(location, keptAs, StandardCopyOption.COPY_ATTRIBUTES);
                copiedAside = true;
            }
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Path file = WorkspacePath.sibling(location, suffix);
                if (Files.exists(file)) {
                    Files.move(file, WorkspacePath.sibling(file, aside));
                    movedAside.add(file);
                }
            }
            Files.move(restoring, location, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return keptAs;
        } catch (IOException e) {
            for (Path file : movedAside) {
                undo(e, () -> Files.move(WorkspacePath.sibling(file, aside), file));
            }
            undo(e, () -> Files.deleteIfExists(restoring));
            if (copiedAside) {
                undo(e, () -> Files.deleteIfExists(keptAs));
            }
            throw e;
        }
    }

    /** A step of putting things back, whose failure is added to the one being reported. */
    private interface Undo {
        void run() throws IOException;
    }

    private static void undo(IOException failure, Undo step) {
        try {
            step.run();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** What went wrong, without the names of the temporary files that Java's messages lead with. */
    private static String reason(IOException e) {
        return e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getMessage();
    }

    /** Checked read-only; the lock is held, so the files SQLite creates beside it to read are removed again. */
    private static boolean opensCleanly(Path location) throws IOException {
        if (!Files.exists(location)) {
            return false;
        }
        List<Path> created = Stream.of("-wal", "-shm").map(suffix -> WorkspacePath.sibling(location, suffix))
                .filter(side -> !Files.exists(side)).toList();
        // Opening checks more than integrity: a bad row is damage too, and its message sends the user here.
        boolean clean = BackupCopy.verifies(location) && !WorkspaceOpener.refusedAsDamaged(location);
        for (Path side : created) {
            Files.deleteIfExists(side);
        }
        return clean;
    }

    private static List<Path> backups(Path workspace) {
        return files(workspace, ".db");
    }

    /**
     * A backup cut short (the workbench closed, the machine stopped) leaves its partial file, and the journal SQLite
     * wrote it through; they are no use.
     */
    private static void deleteUnfinished(Path workspace) {
        files(workspace, BackupCopy.PARTIAL).forEach(AutomaticBackups::delete);
        files(workspace, BackupCopy.PARTIAL + "-journal").forEach(AutomaticBackups::delete);
    }

    /** This workspace's files in its backup folder whose names end with {@code suffix}, oldest first. */
    private static List<Path> files(Path workspace, String suffix) {
        Path folder = folder(workspace);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefix(workspace);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                            && file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Could not list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String prefix(Path workspace) {
        String name = workspace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-";
    }

    private static Instant stamp(Path workspace, Path backup) {
        String name = backup.getFileName().toString();
        return Instant.from(STAMP.parse(name.substring(prefix(workspace).length(), name.length() - ".db".length())));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("Could not delete the backup file " + file + ": " + e.getMessage(), e);
        }
    }
}
