package app.hamish.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code <workspace>.lock} that keeps a second Hamish process (or a second open in
 * this one) away from a workspace. The kernel releases it when the process dies, so a crash never leaves a
 * workspace locked. The lock file is never deleted: deleting it would let two processes lock different files.
 * The workspace file itself is never touched with Java I/O, which would drop SQLite's own POSIX locks.
 */
final class WorkspaceLock implements AutoCloseable {
    /**
     * Lock files this process holds. Checked before opening a channel because closing any channel on a file
     * releases every lock the JVM holds on it (see {@link FileLock}), so a second attempt must not even open one.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = workspace.toAbsolutePath().normalize()
                .resolveSibling(workspace.getFileName() + ".lock");
        if (!HELD.add(lockFile)) {
            throw inUse(workspace, "this process");
        }
        try {
            return lock(workspace, lockFile);
        } catch (RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    private static WorkspaceLock lock(Path workspace, Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE,
                    "Cannot open workspace " + workspace + ": cannot write its lock file " + lockFile
                            + " (" + e.getMessage() + "). Is the folder read-only?", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw inUse(workspace, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new WorkspaceLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_WRITABLE,
                    "Cannot lock workspace " + workspace + ": " + e.getMessage(), e);
        }
    }

    private static WorkspaceOpenException inUse(Path workspace, String holder) {
        return new WorkspaceOpenException(WorkspaceOpenException.Reason.IN_USE,
                "Workspace " + workspace + " is already open in another Hamish window or process ("
                        + holder + "). Close it there first, or open a different workspace.");
    }

    private static String readHolder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "unknown process" : "process " + pid;
        } catch (IOException e) {
            return "unknown process";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing with a more useful message.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("Could not release workspace lock: " + e.getMessage(), e);
        } finally {
            HELD.remove(lockFile);
        }
    }
}
