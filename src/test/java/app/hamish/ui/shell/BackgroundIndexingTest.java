package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.io.ArticleFiles;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
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

    @Test
    void articlesImportedFromTheMenuAreIndexedForSearchAfterTheImport() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            files.add(TestFiles.write(folder.resolve("in/a" + i + ".txt"), "مقالة رقم " + i + " عن القاهرة"));
        }
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            assertThat(window.workspace().corpus().pendingForSearch()).as("the sample articles").isZero();
            Task<ImportReport> task = HeadlessFx.call(() -> window.transfers().importFiles(files));
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
}
