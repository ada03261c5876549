package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.io.ArticleFiles;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import app.hamish.ui.transfer.ChosenTransfers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench fills the search index in the background with what an import from its menu, or one before it was
 * opened, left pending (decision 0038), saying how far it got when that takes more than one transaction. The
 * background work runs synchronously here.
 */
class BackgroundIndexingTest {
    @TempDir
    Path folder;

    /** The tests that build the fill alone, without a window, still run its handlers on the FX thread. */
    @BeforeAll
    static void startFx() {
        HeadlessFx.start();
    }

    @Test
    void articlesImportedFromTheMenuAreIndexedForSearchAfterTheImport() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            files.add(TestFiles.write(folder.resolve("in/a" + i + ".txt"), "مقالة رقم " + i + " عن القاهرة"));
        }
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            assertThat(window.workspace().corpus().pendingForSearch()).as("the sample articles").isZero();
            Task<ImportReport> task = HeadlessFx.call(() -> ChosenTransfers.importFiles(window.transfers(), files));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
            assertThat(window.workspace().corpus().pendingForSearch()).isZero();
            assertThat(HeadlessFx.call(window::statusText)).isEqualTo("150 articles indexed for search.");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void whatAnImportLeftUnindexedBeforeTheWorkbenchOpenedIsIndexedOnceItOpens() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String name = "b" + i + ".txt";
                articles.add(ArticleFiles.fromText(("خبر " + i + " من دمشق").getBytes(StandardCharsets.UTF_8), name,
                        name));
            }
            workspace.corpus().importArticles(articles);
            assertThat(workspace.corpus().pendingForSearch()).isEqualTo(30);
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, null, 1000, 700);
        try {
            HeadlessFx.settle();
            assertThat(window.workspace().corpus().pendingForSearch()).isZero();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /**
     * The FX thread does no database work for the fill: an export holds the database for its whole stream, and the
     * window would freeze behind it. The handler runs here after the workspace is closed, and still says how far the
     * fill got and queues the next task, from the task's own counts.
     */
    @Test
    void theWindowHearsHowFarTheFillGotFromTheTaskWithoutAskingTheDatabase() {
        Workspace workspace = workspaceWithPending(250);
        List<Task<?>> queued = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BackgroundIndexing indexing = new BackgroundIndexing(workspace, queued::add,
                () -> Messages.bundle(Locale.ENGLISH), notes::add, () -> true);
        HeadlessFx.run(indexing::start);
        HeadlessFx.run(() -> {
            // The task runs off the FX thread, whose handler waits behind this block until the workspace is closed.
            Thread worker = Thread.ofPlatform().start(queued.getFirst());
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workspace.close();
        });
        HeadlessFx.settle();
        assertThat(HeadlessFx.call(() -> List.copyOf(notes)))
                .containsExactly("Indexing articles for search: 100 of 250 (find reads the rest meanwhile)\u2026");
        assertThat(HeadlessFx.call(queued::size)).as("the next transaction's task").isEqualTo(2);
    }

    /** A fill queued before the window closed does nothing when it runs after. */
    @Test
    void aFillTaskThatRunsAfterTheWindowClosedDoesNothing() {
        try (Workspace workspace = workspaceWithPending(30)) {
            List<Task<?>> queued = new ArrayList<>();
            AtomicBoolean open = new AtomicBoolean(true);
            BackgroundIndexing indexing = new BackgroundIndexing(workspace, queued::add,
                    () -> Messages.bundle(Locale.ENGLISH), note -> { }, open::get);
            HeadlessFx.run(indexing::start);
            open.set(false);
            queued.getFirst().run();
            assertThat(workspace.corpus().pendingForSearch()).isEqualTo(30);
        }
    }

    private Workspace workspaceWithPending(int count) {
        Workspace workspace = Workspace.open(folder.resolve("pending.db"));
        List<NewArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "c" + i + ".txt";
            articles.add(ArticleFiles.fromText(("نبأ " + i + " من بيروت").getBytes(StandardCharsets.UTF_8), name,
                    name));
        }
        workspace.corpus().importArticles(articles);
        return workspace;
    }
}
