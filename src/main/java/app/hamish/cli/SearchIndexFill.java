package app.hamish.cli;

import app.hamish.service.CorpusService;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import java.io.PrintWriter;

/**
 * After a command has added articles: fills the search index with them, in transactions of its own after the
 * import's (decision 0038), and says how long that took, apart from the import. Best effort: the articles are
 * committed by then, so a fill that fails is a warning, never the command's failure.
 */
final class SearchIndexFill {
    /** Large, as no one else writes while a command holds the workspace; a server has nothing pending. */
    static final int ARTICLES_PER_TRANSACTION = 1_000;

    private SearchIndexFill() {
    }

    static void run(Workspace workspace, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        int indexed;
        try {
            indexed = workspace.corpus().indexForSearch(ARTICLES_PER_TRANSACTION, CorpusService.SearchProgress.NONE);
        } catch (StoreException | OutOfMemoryError e) {
            // A full disk, a busy file, a login that may not write the index: the import stands (failing here would
            // say nothing changed, and discard a new workspace with it), and what is left pending is searched by
            // reading it. Each fill transaction rolled back whole, so the index and the pending list still agree.
            err.printf("warning: the articles are saved, but filling the search index failed: %s%n"
                    + "the search index will be filled at the next open, import or merge; find reads these articles "
                    + "meanwhile.%n", e.getMessage());
            return;
        }
        if (indexed > 0) {
            out.printf("Indexed %d article(s) for search in %.1f s.%n", indexed, (System.nanoTime() - start) / 1e9);
        }
    }
}
