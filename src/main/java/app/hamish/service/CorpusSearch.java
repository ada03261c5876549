package app.hamish.service;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.CorpusMatch;
import app.hamish.model.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds a text in every article of a workspace, after {@link ArabicNormalizer} folding on both sides, reporting
 * each match as the original span. Articles are read one at a time, so a large corpus is never all in memory.
 */
public final class CorpusSearch {
    /** Characters of context on each side of a match. */
    private static final int CONTEXT = 40;

    private final CorpusService corpus;

    public CorpusSearch(CorpusService corpus) {
        this.corpus = corpus;
    }

    /**
     * Reports every match, article by article in list order; returns how many there were. Where the workspace has
     * a search index, only the articles it names as possible holders are read (decision 0029); the matches are
     * found in their text all the same, so they are those a reading of every article finds.
     */
    public int find(String query, Consumer<CorpusMatch> sink) {
        // The list is in id order: the candidates sorted are in list order, without listing every article.
        List<Long> articles = corpus.searchCandidates(ArabicNormalizer.keys(query))
                .map(candidates -> candidates.stream().sorted().toList())
                .orElseGet(() -> corpus.articles().stream().map(ArticleSummary::id).toList());
        int count = 0;
        for (long id : articles) {
            Article article = corpus.article(id).orElse(null);
            if (article == null) {
                continue; // deleted since the list was read
            }
            ArticleText text = article.text();
            for (Span span : ArabicNormalizer.normalize(text).find(query)) {
                sink.accept(new CorpusMatch(article.externalId(), article.title(), span, text.slice(span),
                        context(text, Math.max(0, span.start() - CONTEXT), span.start()),
                        context(text, span.end(), Math.min(text.codePointLength(), span.end() + CONTEXT))));
                count++;
            }
        }
        return count;
    }

    private static String context(ArticleText text, int start, int end) {
        return end > start ? text.slice(new Span(start, end)).replace('\n', ' ') : "";
    }
}
