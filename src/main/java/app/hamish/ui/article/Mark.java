package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.Objects;

/**
 * Something drawn over the article's text, apart from what is stored: a span in code points, the label that
 * gives its colour, and how it looks. Only a stored annotation's mark carries the annotation, and only that can
 * be selected; a suggestion is drawn, never mistaken for an annotation.
 */
public record Mark(Span span, String label, Look look, Annotation annotation) {
    /** How a mark is drawn: tinted, faint (a rejected annotation), or dashed (a suggestion). */
    public enum Look { ANNOTATION, REJECTED, SUGGESTION }

    public Mark {
        Objects.requireNonNull(span);
        Objects.requireNonNull(label);
        Objects.requireNonNull(look);
        if ((annotation == null) != (look == Look.SUGGESTION)) {
            throw new IllegalArgumentException("a " + look + " mark " + (annotation == null ? "needs" : "has")
                    + " an annotation");
        }
    }

    /** Whether this is the mark of the annotation with that id. */
    public boolean marks(long annotationId) {
        return annotation != null && annotation.id() == annotationId;
    }
}
