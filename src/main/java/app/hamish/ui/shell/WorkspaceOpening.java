package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;

/**
 * A workspace opening in the background while the start-up screen shows. Declined (the analyst gave no name), it is
 * closed by whichever side comes second, the background or the FX thread: the FX thread may have stopped before the
 * opening ends, and then nothing it would run afterwards runs.
 */
final class WorkspaceOpening {
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();
    private final AtomicBoolean declined = new AtomicBoolean();
    /** The workspace opened and not yet closed for a decline: whoever takes it closes it. */
    private final AtomicReference<Workspace> unclaimed = new AtomicReference<>();
    private final CountDownLatch settled = new CountDownLatch(1);

    private WorkspaceOpening() {
    }

    /** Starts opening the workspace in the background. */
    static WorkspaceOpening start(WorkspaceLocation location, BackgroundWork background) {
        WorkspaceOpening opening = new WorkspaceOpening();
        Task<Workspace> open = new Task<>() {
            @Override
            protected Workspace call() {
                try {
                    opening.unclaimed.set(location.open(null));
                    if (opening.declined.get()) {
                        opening.closeUnclaimed();
                    }
                    return opening.unclaimed.get();
                } finally {
                    opening.settled.countDown();
                }
            }
        };
        open.setOnSucceeded(event -> opening.opened.complete(open.getValue()));
        open.setOnFailed(event -> opening.opened.completeExceptionally(open.getException()));
        background.run(open);
        return opening;
    }

    /**
     * Completed on the FX thread, with the workspace or why it was refused; after a decline, never, or with null
     * if the background closed it first.
     */
    CompletableFuture<Workspace> opened() {
        return opened;
    }

    /**
     * The workspace is not wanted after all: it is closed now if it is open, else by the background as soon as it
     * is; then waits at most {@code wait} for that, so that the process does not end in the middle of a migration.
     *
     * @return whether the opening had ended (and its workspace, if any, was closed) within the wait
     */
    boolean decline(Duration wait) throws InterruptedException {
        declined.set(true);
        closeUnclaimed();
        return settled.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeUnclaimed() {
        Workspace workspace = unclaimed.getAndSet(null);
        if (workspace != null) {
            workspace.close();
        }
    }
}
