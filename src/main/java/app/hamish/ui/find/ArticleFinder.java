package app.hamish.ui.find;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.NormalizedText;
import app.hamish.model.Span;
import app.hamish.ui.session.ArticleSession;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Subscription;

/**
 * Find in the open article: the matches of a query after Arabic normalisation, stepped through with next and
 * previous. Each step selects the match's original characters exactly (no snapping), so the analyst can tag it
 * with a label key at once.
 */
public final class ArticleFinder {
    private final ArticleSession session;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    /** Which match is selected, from 1; 0 before the first step. */
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper();
    private NormalizedText normalized;
    private String query = "";
    private List<Span> matches = List.of();
    private final Subscription articleOpened;

    public ArticleFinder(ArticleSession session) {
        this.session = session;
        // Normalising a long article takes a moment: once per opened article, not per keystroke.
        articleOpened = session.articleProperty().subscribe((before, now) -> {
            normalized = null;
            search(query);
        });
    }

    /** Stops following the session, which lives on after the find bar has gone (a language switch). */
    public void dispose() {
        articleOpened.unsubscribe();
    }

    /** Looks for {@code text}; selects nothing until {@link #next} or {@link #previous}. */
    public void search(String text) {
        query = text;
        Article article = session.article();
        if (article != null && normalized == null) {
            normalized = ArabicNormalizer.normalize(article.text());
        }
        matches = article == null ? List.of() : normalized.find(text);
        count.set(matches.size());
        current.set(0);
    }

    /** Selects the next match, after the last wrapping to the first; empty if there is none. */
    public Optional<Span> next() {
        return step(current.get() % Math.max(1, matches.size()));
    }

    /** Selects the previous match, before the first wrapping to the last. */
    public Optional<Span> previous() {
        return step(current.get() <= 1 ? matches.size() - 1 : current.get() - 2);
    }

    private Optional<Span> step(int index) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Span match = matches.get(index);
        current.set(index + 1);
        session.selectText(match);
        return Optional.of(match);
    }


    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
