package app.hamish.ui.shell;

import app.hamish.io.Progress;
import javafx.concurrent.Task;

/** A task whose work reports through Hamish's {@link Progress}, so io code needs no JavaFX. */
public abstract class ProgressTask<T> extends Task<T> {
    @Override
    protected final T call() throws Exception {
        return work(new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        });
    }

    protected abstract T work(Progress progress) throws Exception;
}
