package app.hamish.ui.suggest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Background work of which only the latest request matters, such as suggestions for the article as it now is.
 * One run at a time: requests made while one runs are remembered and answered by one more run. A run overtaken by
 * such a request is stale, so its result is dropped: the run that follows sees what changed. Work that prepares
 * what it reads may also have a run still waiting for the worker replaced by a request: that run never begins, so a
 * burst of keys costs one run of the state after the last of them, not one of the first key's state and one more
 * (decision 0062). Used on the FX thread.
 */
final class LatestWork<T> {
    private static final Logger LOG = Logger.getLogger(LatestWork.class.getName());

    private final String what;
    private final Consumer<Task<?>> background;
    private final Supplier<Callable<T>> prepare;
    private final Consumer<T> apply;
    /** Whether a request replaces a run still queued, whose prepared state it makes stale. */
    private final boolean replacesQueued;
    private boolean requestedAgain;
    /** Read by the worker too: a run still queued when the work stops does nothing. */
    private volatile boolean stopped;
    /** The run started last, while it has not ended: none is running when there is none. */
    private Run current;

    /**
     * One run: either it begins on the worker or, stopped before it began, it never does; whoever is first says
     * which. {@code ended} is counted down once a run that began has ended.
     */
    private static final class Run {
        final AtomicBoolean decided = new AtomicBoolean();
        final CountDownLatch ended = new CountDownLatch(1);
        /** Whether what it brings is of no use any more, though nothing was requested since: read on the FX thread. */
        boolean dropped;
    }

    /**
     * @param what the work, for the log when a run fails
     * @param background where runs are started (a {@code BackgroundWork})
     * @param prepare called on the FX thread: reads what the run needs there and returns the work itself
     * @param apply called on the FX thread with the result of a run nothing has overtaken
     * @param replacesQueued whether a request replaces a run that has not begun: for work that {@code prepare}s what
     *     it reads, which a later request has made stale
     */
    LatestWork(String what, Consumer<Task<?>> background, Supplier<Callable<T>> prepare, Consumer<T> apply,
               boolean replacesQueued) {
        this.what = what;
        this.background = background;
        this.prepare = prepare;
        this.apply = apply;
        this.replacesQueued = replacesQueued;
    }

    void request() {
        if (stopped) {
            return;
        }
        if (current == null) {
            start();
        } else if (replacesQueued && current.decided.compareAndSet(false, true)) {
            // Still queued: it would compute a state already gone, so this request's run replaces it.
            start();
        } else {
            requestedAgain = true;
        }
    }

    /**
     * What the run started last brings is dropped, and one still queued never begins, without a run in their place:
     * what they compute is gone (another article opened), and the next {@link #request} asks for what is wanted now.
     */
    void drop() {
        // A request made for the state left goes too: it would start a run beside the opening as this one ends.
        requestedAgain = false;
        if (current == null) {
            return;
        }
        if (current.decided.compareAndSet(false, true)) {
            current = null;
        } else {
            current.dropped = true;
        }
    }

    /**
     * No run starts from now on, a run still queued never begins, and what a run under way brings is dropped, its
     * failure too (it fails when the workspace it reads is closed under it, which is no news to anyone).
     */
    void stop() {
        stopped = true;
        drop();
    }

    /** After {@link #stop}: waits up to {@code within} for a run under way to end; false if it is still running. */
    boolean awaitStopped(Duration within) throws InterruptedException {
        Run run = current;
        return run == null || run.ended.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void start() {
        requestedAgain = false;
        Callable<T> work = prepare.get();
        Run run = new Run();
        current = run;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (!run.decided.compareAndSet(false, true)) {
                    return null;
                }
                try {
                    return work.call();
                } finally {
                    run.ended.countDown();
                }
            }
        };
        task.setOnSucceeded(event -> finished(run, task.getValue()));
        task.setOnFailed(event -> {
            if (!stopped) {
                // Assistance is help, not a reason to interrupt the analyst: the log says what went wrong.
                LOG.log(Level.WARNING, what + " failed", task.getException());
            }
            finished(run, null);
        });
        background.accept(task);
    }

    private void finished(Run run, T result) {
        if (run != current) {
            // Replaced before it began, or stopped: its place is another run's, or nobody's.
            return;
        }
        current = null;
        if (stopped) {
            return;
        }
        if (requestedAgain) {
            start();
        } else if (result != null && !run.dropped) {
            apply.accept(result);
        }
    }
}
