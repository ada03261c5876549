package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.model.ImportReport;
import app.hamish.ui.transfer.ChosenTransfers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching the language builds the views, and the transfer actions, again: work started before the switch still
 * belongs to the window, and closing it cancels that work as it does the work started after.
 */
class ClosingAfterLanguageSwitchTest {
    @TempDir
    Path folder;

    @Test
    void anImportStartedBeforeALanguageSwitchIsCancelledByTheCloseWithoutAnAlert() throws Exception {
        Path file = TestFiles.write(folder.resolve("in/a.txt"), "مقالة أولى");
        // The import waits in the background queue until the window has closed: it is still cancellable then.
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        WorkbenchWindow window = WorkbenchHarness.openWithBackground(folder.resolve("w.db"),
                task -> worker.execute(() -> {
                    try {
                        closed.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    task.run();
                }));
        // Alerts earlier tests in this JVM left open are not this window's.
        List<DialogPane> shownBefore = HeadlessFx.call(ClosingAfterLanguageSwitchTest::alertsShown);
        Task<ImportReport> task;
        try {
            task = HeadlessFx.call(() -> ChosenTransfers.importFiles(window.transfers(), List.of(file)));
            HeadlessFx.run(() -> window.switchLanguage(Locale.forLanguageTag("ar")));
        } finally {
            HeadlessFx.run(window::close);
            closed.countDown();
            worker.shutdown();
            assertThat(worker.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(HeadlessFx.call(ClosingAfterLanguageSwitchTest::alertsShown)).as("alerts shown after the close")
                .isSubsetOf(shownBefore);
    }

    private static List<DialogPane> alertsShown() {
        return Window.getWindows().stream().filter(Window::isShowing).map(shown -> shown.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).toList();
    }
}
