package app.hamish.model;

import java.time.Instant;

/** A reviewer's verdict on one annotation. {@code status} is ACCEPTED or REJECTED. */
public record ReviewDecision(long annotationId, long reviewerId, ReviewStatus status, Instant decidedAt,
                             String comment) {
    public ReviewDecision {
        if (status == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("a decision accepts or rejects");
        }
        comment = comment == null ? "" : comment;
    }

    /**
     * Whether a decision still holds for the annotation: one made before the annotation was last changed decided on
     * something else, so the annotation counts as undecided again (for sign-off, gold and review navigation).
     */
    public static boolean stands(ReviewDecision decision, Annotation annotation) {
        return decision != null && !decision.decidedAt().isBefore(annotation.updated());
    }
}
