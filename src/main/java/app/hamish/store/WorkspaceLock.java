package app.hamish.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code <workspace>.lock} that keeps a second writer (another Hamish process, or a
 * second open in this one) away from a workspace; readers take no lock. The kernel releases it when the process
 * dies, so a crash never leaves a workspace locked. The holder deletes the file when it closes, still holding the
 * lock. A process that opened the file just before may then lock the deleted file, while a third creates and locks
 * a new one: so a lock counts only if the path names the same file (inode and creation time) before it is opened
 * and once it is locked; otherwise it is given up and taken again. (Reading the file to check would open a second
 * channel, and closing that would drop the lock.) A crashed holder leaves its file, which the next holder takes
 * over. The workspace file itself is never touched with Java I/O, which would drop SQLite's own POSIX
 * locks.
 */
final class WorkspaceLock implements AutoCloseable {
    /**
     * Lock files this process holds. Checked before opening a channel because closing any channel on a file
     * releases every lock the JVM holds on it (see {@link FileLock}), so a second attempt must not even open one.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Attempts to lock a file that its holder deleted under us; each is lost to a holder that closes. */
    private static final int ATTEMPTS = 100;

    /** Which file a path names: its inode (with device) and creation time, so a reused inode is not taken for it. */
    private record Identity(Object fileKey, FileTime created) {
        static Optional<Identity> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return Optional.of(new Identity(attributes.fileKey(), attributes.creationTime()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Identity> identity;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock, Optional<Identity> identity) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.identity = identity;
    }

    /** @param workspace the workspace's canonical path ({@link WorkspacePath#canonical}) */
    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = WorkspacePath.sibling(workspace, ".lock");
        if (!HELD.add(lockFile)) {
            throw inUse(workspace, "this process");
        }
        try {
            for (int attempt = 1; ; attempt++) {
                Optional<Identity> before = Identity.of(lockFile);
                WorkspaceLock held = lock(workspace, lockFile);
                if (before.isPresent() && held.identity.equals(before)) {
                    return held;
                }
                held.release();
                if (attempt == ATTEMPTS) {
                    throw new WorkspaceOpenException(WorkspaceOpenException.Reason.IN_USE, "Cannot lock workspace "
                            + workspace + ": its lock file " + lockFile + " keeps being replaced. Is another program"
                            + " deleting it?");
                }
            }
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
            // Before writing: where a file system keeps no creation time, Java gives the modification time instead.
            Optional<Identity> identity = Identity.of(lockFile);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new WorkspaceLock(lockFile, channel, lock, identity);
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

    private void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases the lock too.
        }
        closeQuietly(channel);
    }

    /** Deletes the lock file while still holding it, so no one can have locked it meanwhile, then lets go. */
    @Override
    public void close() {
        try {
            // The inode alone: it cannot be reused while this channel keeps the file open.
            if (identity.isPresent() && Identity.of(lockFile).map(Identity::fileKey)
                    .equals(identity.map(Identity::fileKey))) {
                Files.deleteIfExists(lockFile);
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("Could not release workspace lock: " + e.getMessage(), e);
        } finally {
            HELD.remove(lockFile);
        }
    }
}
