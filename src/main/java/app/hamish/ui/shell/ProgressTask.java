package app.hamish.ui.shell;

import app.hamish.io.Progress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** A task whose work reports through Hamish's {@link Progress}, so io code needs no JavaFX. */
public abstract class ProgressTask<T> extends Task<T> {
    /** The last report, applied on the FX thread by whichever posted application runs next. */
    private final AtomicReference<long[]> latest = new AtomicReference<>();
    private final AtomicBoolean posted = new AtomicBoolean();

    @Override
    protected final T call() throws Exception {
        return work(new Progress() {
            @Override
            public void update(long done, long total) {
                report(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        });
    }

    /**
     * Work may report from several threads at once (files read on every core), one of which may be the FX thread
     * itself when tasks run synchronously. {@link #updateProgress} sets the value at once on the FX thread but later
     * from any other, so a report made earlier elsewhere could land after the last one: every report goes the same
     * way instead, and what lands is always the latest.
     */
    private void report(long done, long total) {
        latest.set(new long[] {done, total});
        if (posted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                posted.set(false);
                long[] last = latest.get();
                updateProgress(last[0], last[1]);
            });
        }
    }

    protected abstract T work(Progress progress) throws Exception;
}
