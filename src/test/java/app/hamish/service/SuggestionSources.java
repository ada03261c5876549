package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.KeptSuggestions;
import java.util.List;

/**
 * What a suggestion service computes an article's suggestions from, for the tests elsewhere that check what it
 * offers against a computation of everything made from the same sources; the workbench needs only the suggestions.
 */
public final class SuggestionSources {
    private SuggestionSources() {
    }

    public static KeptSuggestions.Sources of(SuggestionService service, Article article, List<Annotation> annotations,
                                             boolean acrossCorpus, boolean hideImprecise) {
        return service.sources(article, annotations, acrossCorpus, hideImprecise);
    }
}
