package app.hamish.ui.suggest;

import app.hamish.ui.shell.HeadlessFx;
import javafx.concurrent.Task;

/** Background work run as the workbench runs it, off the FX thread, but one task at a time and to its end. */
final class OnAWorker {
    private OnAWorker() {
    }

    /** Runs the task on a thread of its own; its outcome reaches the FX thread before this returns. */
    static void run(Task<?> task) {
        Thread worker = Thread.ofPlatform().name("test-background").start(task);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The task posted its outcome to the FX thread before ending; this waits until that has been handled.
        HeadlessFx.run(() -> { });
    }
}
