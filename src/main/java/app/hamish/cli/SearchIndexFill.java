package app.hamish.cli;

import app.hamish.service.CorpusService;
import app.hamish.service.Workspace;
import java.io.PrintWriter;

/**
 * After a command has added articles: fills the search index with them, in transactions of its own after the
 * import's (decision 0038), and says how long that took, apart from the import.
 */
final class SearchIndexFill {
    /** Large, as no one else writes while a command holds the workspace; a server has nothing pending. */
    static final int ARTICLES_PER_TRANSACTION = 1_000;

    private SearchIndexFill() {
    }

    static void run(Workspace workspace, PrintWriter out) {
        long start = System.nanoTime();
        int indexed = workspace.corpus().indexForSearch(ARTICLES_PER_TRANSACTION, CorpusService.SearchProgress.NONE);
        if (indexed > 0) {
            out.printf("Indexed %d article(s) for search in %.1f s.%n", indexed, (System.nanoTime() - start) / 1e9);
        }
    }
}
