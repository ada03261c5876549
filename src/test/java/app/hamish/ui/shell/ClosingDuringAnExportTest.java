package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.ExportFilter;
import app.hamish.service.HeldModelKeeping;
import app.hamish.service.Workspace;
import app.hamish.store.SqliteWorkspaceStore;
import app.hamish.ui.transfer.ChosenTransfers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench closes while an export streams the workspace and a training, just ended, waits behind that
 * stream to keep its model: the close cancels the export first, so it never waits for the whole export, and nothing
 * is written to the workspace after it closed or said in the log.
 */
class ClosingDuringAnExportTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final TrainedCloseFixture fixture = new TrainedCloseFixture();

    @Test
    void theCloseCancelsTheExportAndNeverWaitsForItBehindTheModelsSave() throws Exception {
        Path file = folder.resolve("w.db");
        TrainedCloseFixture.annotatedWorkspace(file);
        CountDownLatch trainingAtSave = new CountDownLatch(1);
        CountDownLatch exportHolding = new CountDownLatch(1);
        // Lets the export go if the close never cancels it, so that a failing run ends.
        CountDownLatch giveUp = new CountDownLatch(1);
        // The first model is saved only once the export holds the workspace.
        Workspace workspace = HeldModelKeeping.workspace(SqliteWorkspaceStore.open(file, Clock.systemUTC()),
                Clock.systemUTC(), HeldModelKeeping.Step.NONE, () -> {
                    if (trainingAtSave.getCount() > 0) {
                        trainingAtSave.countDown();
                        exportHolding.await();
                    }
                }, HeldModelKeeping.Step.NONE);
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Task<Exporter.Summary> export;
        try {
            WorkbenchWindow window = WorkbenchHarness.open(workspace, background::execute, trainer::execute);
            assertThat(trainingAtSave.await(60, TimeUnit.SECONDS)).as("the first training trained").isTrue();
            export = HeadlessFx.call(() -> ChosenTransfers.export(window.transfers(), folder.resolve("all.jsonl"),
                    holdingTheStream(exportHolding, giveUp), ExportFilter.ALL));
            assertThat(exportHolding.await(60, TimeUnit.SECONDS)).as("the export holds the workspace").isTrue();

            Platform.runLater(() -> {
                window.close();
                closed.complete(null);
            });
            closed.get(60, TimeUnit.SECONDS);
        } finally {
            giveUp.countDown();
            trainer.shutdown();
            background.shutdown();
            assertThat(trainer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(background.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        long modelsAtClose = TrainedCloseFixture.models(file);
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(export::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(fixture.warnings()).as("nothing failed against the closed workspace").extracting(LogRecord::getMessage)
                .isEmpty();
        assertThat(TrainedCloseFixture.models(file)).as("nothing written after the close").isEqualTo(modelsAtClose);
    }

    /** The real exporter, which holds the workspace at its first article until it is cancelled. */
    private static Exporter holdingTheStream(CountDownLatch holding, CountDownLatch giveUp) {
        return (workspace, filter, destination, progress) -> new TrainingJsonlExporter().export(workspace, filter,
                destination, new Progress() {
                    @Override
                    public void update(long done, long total) {
                        progress.update(done, total);
                        holding.countDown();
                        try {
                            while (!progress.isCancelled() && !giveUp.await(10, TimeUnit.MILLISECONDS)) {
                                // Waiting, inside the export's read, for the close's cancel.
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
    }
}
