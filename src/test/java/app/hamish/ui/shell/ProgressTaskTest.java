package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.Progress;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Progress reported from several threads (an import reads its files on every core) ends at what was reported last,
 * also when the task runs on the FX thread itself, as the window's tasks do in tests.
 */
class ProgressTaskTest {
    @Test
    void aReportFromAnotherThreadNeverLandsAfterTheLastOne() {
        HeadlessFx.start();
        ProgressTask<Void> task = new ProgressTask<>() {
            @Override
            protected Void work(Progress progress) {
                CompletableFuture.runAsync(() -> progress.update(1, 2)).join();
                progress.update(2, 2);
                return null;
            }
        };

        HeadlessFx.run(task);
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(task::getProgress)).isEqualTo(1.0);
    }
}
