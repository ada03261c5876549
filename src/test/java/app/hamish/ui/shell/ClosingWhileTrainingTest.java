package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.CueLexicons;
import app.hamish.service.HeldModelKeeping;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.store.SqliteWorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench closes while the recommender trains on a worker thread of its own: the training, held by a latch
 * at its read of the kept model until the close begins, is waited for a while. Whether it ends within that wait
 * depends on the machine: if it does, its model is kept while the workspace is still open; if not, it keeps none.
 * Either way nothing fails against the closed workspace, says so in the log, or is written after the close.
 */
class ClosingWhileTrainingTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final TrainedCloseFixture fixture = new TrainedCloseFixture();

    @Test
    void aTrainingUnderWayWhenTheWindowClosesKeepsItsModelOnlyBeforeTheCloseAndLogsNothing() throws Exception {
        Path file = folder.resolve("w.db");
        TrainedCloseFixture.annotatedWorkspace(file);
        CountDownLatch training = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        // Whether the training, let go, then kept its model.
        AtomicBoolean kept = new AtomicBoolean();
        // The training's first read of a kept model waits until the window begins to close.
        Workspace workspace = HeldModelKeeping.workspace(SqliteWorkspaceStore.open(file, Clock.systemUTC()),
                Clock.systemUTC(), () -> {
                    if (training.getCount() > 0) {
                        training.countDown();
                        closing.await();
                    }
                }, HeldModelKeeping.Step.NONE, () -> kept.set(true));
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        long modelsAtClose;
        try {
            WorkbenchWindow window = WorkbenchHarness.open(workspace, "0", trainer::execute);
            assertThat(training.await(60, TimeUnit.SECONDS)).as("the first training reached the store").isTrue();

            HeadlessFx.run(() -> {
                closing.countDown();
                window.close();
            });
            modelsAtClose = TrainedCloseFixture.models(file);
        } finally {
            trainer.shutdown();
            assertThat(trainer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        HeadlessFx.settle();

        assertThat(fixture.warnings()).as("nothing failed against the closed workspace").extracting(LogRecord::getMessage)
                .isEmpty();
        assertThat(TrainedCloseFixture.models(file)).as("nothing written after the close").isEqualTo(modelsAtClose);
        try (Workspace reopened = Workspace.open(file)) {
            SuggestionService suggestions = reopened.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("tester");
            assertThat(suggestions.trainings()).as(kept.get() ? "the model kept before the close is used"
                    : "no model kept: trained again").isEqualTo(kept.get() ? 0 : 1);
        }
    }
}
