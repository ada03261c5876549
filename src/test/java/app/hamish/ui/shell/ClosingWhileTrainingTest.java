package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.service.recommender.CairoArticles;
import app.hamish.store.SqliteWorkspaceStore;
import app.hamish.store.WorkspaceStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench closes while the recommender trains on a worker thread of its own: the training, held by a latch
 * at its read of the kept model until the close begins, is waited for, keeps its model while the workspace is still
 * open, and nothing fails against the closed workspace or says so in the log.
 */
class ClosingWhileTrainingTest {
    @TempDir
    Path folder;
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler warned = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // Hamish's own: JavaFX warns of its class path when it starts in this test.
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                    && record.getLoggerName().startsWith("app.hamish")) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(warned);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(warned);
    }

    @Test
    void aTrainingUnderWayWhenTheWindowClosesKeepsItsModelBeforeTheCloseAndLogsNothing() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator tester = workspace.annotations().annotator("tester", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, tester, article));
        }
        CountDownLatch training = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        WorkspaceStore store = heldAtTheKeptModel(SqliteWorkspaceStore.open(file, Clock.systemUTC()), training,
                closing);
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        try {
            WorkbenchWindow window = WorkbenchHarness.open(new Workspace(store, Clock.systemUTC()), "0",
                    trainer::execute);
            assertThat(training.await(60, TimeUnit.SECONDS)).as("the first training reached the store").isTrue();

            HeadlessFx.run(() -> {
                closing.countDown();
                window.close();
            });
        } finally {
            trainer.shutdown();
            assertThat(trainer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        HeadlessFx.settle();

        assertThat(warnings).as("nothing failed against the closed workspace").extracting(LogRecord::getMessage)
                .isEmpty();
        try (Workspace reopened = Workspace.open(file)) {
            SuggestionService suggestions = reopened.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("tester");
            assertThat(suggestions.trainings()).as("the model trained while the close waited was kept").isZero();
        }
    }

    /** The real store, whose first read of a kept model waits until the window begins to close. */
    private static WorkspaceStore heldAtTheKeptModel(WorkspaceStore store, CountDownLatch reached,
                                                      CountDownLatch goOn) {
        return (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(),
                new Class<?>[] {WorkspaceStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("savedModel") && reached.getCount() > 0) {
                        reached.countDown();
                        goOn.await();
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
