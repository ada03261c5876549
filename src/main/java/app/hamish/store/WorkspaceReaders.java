package app.hamish.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a reading command (export, stats, backup, …) has a workspace open. Readers take no Hamish lock, but every
 * SQLite connection to a workspace in WAL mode holds a shared lock on one byte of its {@code -shm} file (the
 * "dead-man switch") for as long as it is open. Trying, and failing, to lock that byte exclusively finds one, without
 * opening the workspace: a connection of our own could checkpoint into a damaged file about to be set aside.
 */
final class WorkspaceReaders {
    /** SQLite's unix VFS: the shared-memory locks start at byte 120, eight of them, then the dead-man switch. */
    private static final long DEAD_MAN_SWITCH = 120 + 8;

    private WorkspaceReaders() {
    }

    /**
     * @param location the workspace's canonical path; its writer's lock must be held (so no writer counts here) and
     *                 this process must have no connection to it (closing the channel drops this process's locks)
     */
    static boolean anyOpen(Path location) {
        Path sharedMemory = WorkspacePath.sibling(location, "-shm");
        try (FileChannel channel = FileChannel.open(sharedMemory, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(DEAD_MAN_SWITCH, 1, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // No -shm: no connection has the workspace open. One this user cannot write: readers cannot be told
            // apart, and the restore goes on as it did before this check.
            return false;
        }
    }
}
