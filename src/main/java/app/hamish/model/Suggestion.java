package app.hamish.model;

import java.util.Objects;

/**
 * A proposed annotation: nothing until the analyst accepts it.
 *
 * @param cue why it was proposed: the lexicon entry that matched, or the annotated text that was propagated
 */
public record Suggestion(long articleId, Span span, String label, String subtype, SuggestionSource source,
                         String cue) {
    public Suggestion {
        Objects.requireNonNull(span);
        Objects.requireNonNull(label);
        Objects.requireNonNull(source);
        Objects.requireNonNull(cue);
    }

    /** Accepted, it becomes this analyst's annotation, marked as suggested. */
    public NewAnnotation toAnnotation(long annotatorId) {
        return new NewAnnotation(articleId, annotatorId, span, label, subtype, "", Provenance.SUGGESTED);
    }
}
