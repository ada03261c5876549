package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench closes while an export streams the workspace and a training, just ended, waits behind that
 * stream to keep its model: the close cancels the export first, so it never waits for the whole export, and nothing
 * is written to the workspace after it closed or said in the log.
 */
class ClosingDuringAnExportTest {
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
    void theCloseCancelsTheExportAndNeverWaitsForItBehindTheModelsSave() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator tester = workspace.annotations().annotator("tester", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, tester, article));
        }
        CountDownLatch trainingAtSave = new CountDownLatch(1);
        CountDownLatch exportHolding = new CountDownLatch(1);
        // Lets the export go if the close never cancels it, so that a failing run ends.
        CountDownLatch giveUp = new CountDownLatch(1);
        WorkspaceStore store = savingAfter(SqliteWorkspaceStore.open(file, Clock.systemUTC()), trainingAtSave,
                exportHolding);
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Task<Exporter.Summary> export;
        try {
            WorkbenchWindow window = WorkbenchHarness.open(new Workspace(store, Clock.systemUTC()),
                    background::execute, trainer::execute);
            assertThat(trainingAtSave.await(60, TimeUnit.SECONDS)).as("the first training trained").isTrue();
            export = HeadlessFx.call(() -> window.transfers().export(folder.resolve("all.jsonl"),
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
        long modelsAtClose = models(file);
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(export::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(warnings).as("nothing failed against the closed workspace").extracting(LogRecord::getMessage)
                .isEmpty();
        assertThat(models(file)).as("nothing written after the close").isEqualTo(modelsAtClose);
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

    /** The real store, whose first model is saved only once the export holds the workspace. */
    private static WorkspaceStore savingAfter(WorkspaceStore store, CountDownLatch reached, CountDownLatch goOn) {
        return (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(),
                new Class<?>[] {WorkspaceStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("saveModel") && reached.getCount() > 0) {
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

    private static long models(Path file) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM recommender_models")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
