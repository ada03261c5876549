package app.hamish.ui.suggest;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Background work of which only the latest request matters, such as suggestions for the article as it now is.
 * One run at a time: requests made while one runs are remembered and answered by one more run. A run overtaken by
 * such a request is stale, so its result is dropped: the run that follows sees what changed. Used on the FX thread.
 */
final class LatestWork<T> {
    private static final Logger LOG = Logger.getLogger(LatestWork.class.getName());

    private final String what;
    private final Consumer<Task<?>> background;
    private final Supplier<Callable<T>> prepare;
    private final Consumer<T> apply;
    private boolean running;
    private boolean requestedAgain;

    /**
     * @param what the work, for the log when a run fails
     * @param background where runs are started (a {@code BackgroundWork})
     * @param prepare called on the FX thread: reads what the run needs there and returns the work itself
     * @param apply called on the FX thread with the result of a run nothing has overtaken
     */
    LatestWork(String what, Consumer<Task<?>> background, Supplier<Callable<T>> prepare, Consumer<T> apply) {
        this.what = what;
        this.background = background;
        this.prepare = prepare;
        this.apply = apply;
    }

    void request() {
        if (running) {
            requestedAgain = true;
        } else {
            start();
        }
    }

    private void start() {
        running = true;
        requestedAgain = false;
        Callable<T> work = prepare.get();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> finished(task.getValue()));
        task.setOnFailed(event -> {
            // Assistance is help, not a reason to interrupt the analyst: the log says what went wrong.
            LOG.log(Level.WARNING, what + " failed", task.getException());
            finished(null);
        });
        background.accept(task);
    }

    private void finished(T result) {
        running = false;
        if (requestedAgain) {
            start();
        } else if (result != null) {
            apply.accept(result);
        }
    }
}
