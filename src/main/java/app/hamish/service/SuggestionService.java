package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.CueLexicon;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.store.WorkspaceStore;
import java.util.List;

/**
 * Suggestions for an article, and the memory of those rejected. Suggestions change nothing: accepting one is
 * creating its annotation through {@link AnnotationService#create}, with provenance "suggested".
 */
public final class SuggestionService {
    private final WorkspaceStore store;
    private final SuggestionFinder finder;

    SuggestionService(WorkspaceStore store, CueLexicon lexicon) {
        this.store = store;
        this.finder = new SuggestionFinder(lexicon);
    }

    /** What to offer on the article as it now stands, in text order. */
    public List<Suggestion> offered(Article article) {
        return finder.offered(article, store.annotations(article.id()), store.rejectedSuggestions(article.id()));
    }

    /** Never offers this span and label in this article again. */
    public void reject(Suggestion suggestion, Annotator actor) {
        store.rejectSuggestion(suggestion, actor.id());
    }
}
