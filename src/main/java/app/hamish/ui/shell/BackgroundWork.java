package app.hamish.ui.shell;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Where long work (imports, exports, suggestions, training) runs: off the FX thread in the app, on the calling
 * thread in tests.
 */
public interface BackgroundWork {
    void run(Task<?> task);

    /** One daemon worker thread: long jobs queue behind each other instead of competing for the workspace. */
    static BackgroundWork singleThread(String name) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        return executor::execute;
    }

    /** Runs the task to completion before returning, so tests can assert on its outcome. */
    static BackgroundWork synchronous() {
        return Task::run;
    }
}
