package app.hamish.model;

import java.time.Instant;
import java.util.List;

/**
 * An annotation joined with the names and review outcome that exports print. An annotator's annotation carries its
 * layer's state and, once accepted, the span of its gold copy ({@code gold}); a gold span (decision 0027) carries the
 * annotator's span it was copied from ({@code original}, while that annotation exists), the annotators who had it
 * and its adjudicator. {@code original} of an annotator's annotation is its own span.
 */
public record ExportedAnnotation(long id, Span span, String label, String subtype, String note, String annotator,
                                 Instant created, ReviewStatus status, String reviewer, Instant decidedAt,
                                 String comment, WorkflowState layerState, Span original, Span gold,
                                 List<String> annotators, String adjudicator) {
    public ExportedAnnotation {
        annotators = List.copyOf(annotators);
    }

    /** Whether this is a span of the gold layer rather than an annotator's. */
    public boolean isGold() {
        return layerState == null;
    }
}
