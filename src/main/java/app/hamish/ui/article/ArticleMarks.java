package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Suggestion;
import app.hamish.ui.session.ArticleSession;
import java.util.ArrayList;
import java.util.List;

/** What is drawn over the open article: the shown layers' annotations, rejected ones faint, and the suggestions. */
final class ArticleMarks {
    private ArticleMarks() {
    }

    static List<Mark> of(ArticleSession session, List<Suggestion> suggestions) {
        Article article = session.article();
        if (article == null) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>(session.annotations().size() + suggestions.size());
        for (Annotation annotation : session.annotations()) {
            Mark mark = of(session, annotation);
            if (mark != null) {
                marks.add(mark);
            }
        }
        addSuggestions(marks, article, suggestions);
        return marks;
    }

    /** Adds to {@code marks} those of the suggestions drawn over {@code article}; reads no session, on any thread. */
    static void addSuggestions(List<Mark> marks, Article article, List<Suggestion> suggestions) {
        for (Suggestion suggestion : suggestions) {
            Mark mark = of(article, suggestion);
            if (mark != null) {
                marks.add(mark);
            }
        }
    }

    /** An annotation's mark as it is drawn now, or null where it is not drawn (its layer hidden). */
    static Mark of(ArticleSession session, Annotation annotation) {
        Article article = session.article();
        return article != null && annotation.articleId() == article.id() && session.isShown(annotation)
                ? new Mark(annotation.span(), annotation.label(), look(session, annotation), annotation) : null;
    }

    /** A suggestion's mark, or null where it is not drawn. */
    static Mark of(Article article, Suggestion suggestion) {
        // Those of the article just left may still be listed while the suggestions catch up with the new one.
        return article != null && suggestion.articleId() == article.id()
                ? new Mark(suggestion.span(), suggestion.label(), Mark.Look.SUGGESTION, null) : null;
    }

    /** Rejected annotations are drawn faintly, so a reviewer sees at a glance what is left. */
    private static Mark.Look look(ArticleSession session, Annotation annotation) {
        ReviewDecision decision = session.decisions().get(annotation.id());
        return ReviewDecision.stands(decision, annotation) && decision.status() == ReviewStatus.REJECTED
                ? Mark.Look.REJECTED : Mark.Look.ANNOTATION;
    }
}
