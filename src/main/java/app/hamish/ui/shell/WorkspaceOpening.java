package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A workspace opening in the background while JavaFX starts and the start-up screen shows. Declined (the analyst gave
 * no name, or there is no screen), it is closed by whichever side comes second, the background or the thread that
 * declines: that thread may have gone on to end the process before the opening ends, and then nothing it would run
 * afterwards runs.
 */
final class WorkspaceOpening {
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();
    private final AtomicBoolean declined = new AtomicBoolean();
    /** The workspace opened and not yet closed for a decline: whoever takes it closes it. */
    private final AtomicReference<Workspace> unclaimed = new AtomicReference<>();
    private final CountDownLatch settled = new CountDownLatch(1);

    private WorkspaceOpening() {
    }

    /**
     * Starts opening the workspace on a thread of its own, with nothing of JavaFX's: the launcher starts it as soon as
     * the arguments are parsed, so that it opens while JavaFX starts rather than after (decision 0065).
     */
    static WorkspaceOpening startAlone(WorkspaceLocation location) {
        return start(location, job -> Thread.ofPlatform().name("hamish-opening").daemon().start(job));
    }

    /** Starts opening the workspace as a job given to {@code runner}: tests hold it, or run it on their own thread. */
    static WorkspaceOpening start(WorkspaceLocation location, Consumer<Runnable> runner) {
        WorkspaceOpening opening = new WorkspaceOpening();
        runner.accept(() -> opening.open(location));
        return opening;
    }

    private void open(WorkspaceLocation location) {
        try {
            unclaimed.set(location.open(null));
            if (declined.get()) {
                closeUnclaimed();
            }
            opened.complete(unclaimed.get());
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
        } finally {
            settled.countDown();
        }
    }

    /**
     * Completed in the background, with the workspace or why it was refused; after a decline, never, or with null
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
