package app.hamish.service;

import app.hamish.model.Article;
import app.hamish.model.ArticleFeed;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.store.WorkspaceStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The articles of a workspace. */
public final class CorpusService {
    private final WorkspaceStore store;

    CorpusService(WorkspaceStore store) {
        this.store = store;
    }

    /** Imports the whole batch or nothing; texts the workspace already holds are skipped and reported. */
    public ImportReport importArticles(List<NewArticle> batch) {
        return store.addArticles(batch);
    }

    /**
     * As {@link #importArticles(List)}, storing the articles as the feed reads them, in the same one transaction: a
     * refusal of any file, found after the first articles are stored, leaves the workspace as it was.
     */
    public ImportReport importArticles(ArticleFeed feed) {
        return store.addArticles(feed);
    }

    /** First run: an empty workspace gets the built-in sample articles, so there is something to annotate. */
    public Optional<ImportReport> importSamplesIfEmpty(Supplier<List<NewArticle>> samples) {
        return store.atomically(() -> store.articleCount() > 0 ? Optional.<ImportReport>empty()
                : Optional.of(store.addArticles(samples.get())));
    }

    public List<ArticleSummary> articles() {
        return store.articleSummaries();
    }

    public Optional<Article> article(long id) {
        return store.article(id);
    }

    /** The articles that may hold one of the normalised keys, where an index can say; see the store. */
    public Optional<Set<Long>> searchCandidates(List<String> keys) {
        return store.searchCandidates(keys);
    }

    /**
     * Fills the search index with the articles an import or merge left pending, {@code perTransaction} at a time so
     * that the workspace's other writes wait for at most one such transaction; {@code progress} hears the articles
     * done and the total after each, and says whether to go on. Returns how many were indexed. Find reads the pending
     * ones meanwhile, so it misses nothing (decision 0038).
     */
    public int indexForSearch(int perTransaction, SearchProgress progress) {
        int total = store.pendingForSearch();
        int done = 0;
        while (done < total && progress.goOn()) {
            int indexed = store.indexPendingForSearch(perTransaction);
            if (indexed == 0) {
                break;
            }
            done += indexed;
            progress.indexed(done, total);
        }
        return done;
    }

    /** How far filling the search index has got, and whether it should go on. */
    public interface SearchProgress {
        SearchProgress NONE = (done, total) -> { };

        void indexed(int done, int total);

        default boolean goOn() {
            return true;
        }
    }

    /** Indexes up to {@code most} of the articles left pending, in one transaction; returns how many. */
    public int indexNextForSearch(int most) {
        return store.indexPendingForSearch(most);
    }

    /** How many articles an import or merge left to index (find reads them instead); 0 on a server. */
    public int pendingForSearch() {
        return store.pendingForSearch();
    }

    public Optional<Article> article(String externalId) {
        return store.articleByExternalId(externalId);
    }

    public int count() {
        return store.articleCount();
    }
}
