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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * at its read of the kept model until the close begins, is waited for a while. Whether it ends within that wait
 * depends on the machine: if it does, its model is kept while the workspace is still open; if not, it keeps none.
 * Either way nothing fails against the closed workspace, says so in the log, or is written after the close.
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
    void aTrainingUnderWayWhenTheWindowClosesKeepsItsModelOnlyBeforeTheCloseAndLogsNothing() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator tester = workspace.annotations().annotator("tester", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, tester, article));
        }
        CountDownLatch training = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        AtomicBoolean kept = new AtomicBoolean();
        WorkspaceStore store = heldAtTheKeptModel(SqliteWorkspaceStore.open(file, Clock.systemUTC()), training,
                closing, kept);
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        long modelsAtClose;
        try {
            WorkbenchWindow window = WorkbenchHarness.open(new Workspace(store, Clock.systemUTC()), "0",
                    trainer::execute);
            assertThat(training.await(60, TimeUnit.SECONDS)).as("the first training reached the store").isTrue();

            HeadlessFx.run(() -> {
                closing.countDown();
                window.close();
            });
            modelsAtClose = models(file);
        } finally {
            trainer.shutdown();
            assertThat(trainer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        HeadlessFx.settle();

        assertThat(warnings).as("nothing failed against the closed workspace").extracting(LogRecord::getMessage)
                .isEmpty();
        assertThat(models(file)).as("nothing written after the close").isEqualTo(modelsAtClose);
        try (Workspace reopened = Workspace.open(file)) {
            SuggestionService suggestions = reopened.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("tester");
            assertThat(suggestions.trainings()).as(kept.get() ? "the model kept before the close is used"
                    : "no model kept: trained again").isEqualTo(kept.get() ? 0 : 1);
        }
    }

    private static long models(Path file) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM recommender_models")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The real store, whose first read of a kept model waits until the window begins to close; {@code kept} says
     * whether a model was then saved.
     */
    private static WorkspaceStore heldAtTheKeptModel(WorkspaceStore store, CountDownLatch reached,
                                                      CountDownLatch goOn, AtomicBoolean kept) {
        return (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(),
                new Class<?>[] {WorkspaceStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("savedModel") && reached.getCount() > 0) {
                        reached.countDown();
                        goOn.await();
                    }
                    try {
                        Object result = method.invoke(store, arguments);
                        if (method.getName().equals("saveModel")) {
                            kept.set(true);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
