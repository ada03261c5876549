package app.hamish.store;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One of several processes that open and close the same workspace for writing as fast as they can (see
 * {@link WorkspaceLockTest}). While it holds the workspace it creates a marker file that must not exist: if it does,
 * two writers held the workspace at once. Prints {@code acquired N} and any {@code finding: ...}.
 */
public final class LockContentionDriver {
    private LockContentionDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path marker = Path.of(args[0] + ".holder");
        Instant end = Instant.now().plus(Duration.ofMillis(Long.parseLong(args[1])));
        // On a loaded machine one open can take seconds; a writer that never got its turn would prove nothing, so
        // each keeps trying past the end until it has held the workspace once, up to a limit below the test's wait.
        Instant giveUp = end.plus(Duration.ofSeconds(60));
        int acquired = 0;
        while (Instant.now().isBefore(end) || (acquired == 0 && Instant.now().isBefore(giveUp))) {
            SqliteWorkspaceStore store;
            try {
                store = SqliteWorkspaceStore.open(workspace);
            } catch (WorkspaceOpenException e) {
                if (e.reason() != WorkspaceOpenException.Reason.IN_USE) {
                    System.out.println("finding: " + e.getMessage());
                }
                continue;
            }
            try {
                Files.createFile(marker);
                acquired++;
                Files.delete(marker);
            } catch (FileAlreadyExistsException e) {
                System.out.println("finding: two writers held the workspace at once");
            } finally {
                store.close();
            }
        }
        System.out.println("acquired " + acquired);
    }
}
