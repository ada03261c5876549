package app.hamish.model;

import java.time.Instant;

/**
 * A reviewer's verdict on one annotation. {@code status} is ACCEPTED or REJECTED. {@code version} counts the
 * decision row's changes from 1, as an annotation's does (0: not stored yet): a decision made over it states the
 * version it read, and is refused if someone decided since.
 */
public record ReviewDecision(long annotationId, long reviewerId, ReviewStatus status, Instant decidedAt,
                             String comment, long version) {
    public ReviewDecision {
        if (status == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("a decision accepts or rejects");
        }
        comment = comment == null ? "" : comment;
    }

    /** A decision about to be recorded: the store gives it its version. */
    public ReviewDecision(long annotationId, long reviewerId, ReviewStatus status, Instant decidedAt,
                          String comment) {
        this(annotationId, reviewerId, status, decidedAt, comment, 0);
    }

    /** The version of the decision on an annotation as read, where null is none: 0, as no row has. */
    public static long versionOf(ReviewDecision decision) {
        return decision == null ? 0 : decision.version();
    }

    /** Whether two decisions (either may be null) say the same, whatever their versions. */
    public static boolean sameVerdict(ReviewDecision one, ReviewDecision other) {
        if (one == null || other == null) {
            return one == other;
        }
        return one.annotationId == other.annotationId && one.reviewerId == other.reviewerId
                && one.status == other.status && one.decidedAt.equals(other.decidedAt)
                && one.comment.equals(other.comment);
    }

    /**
     * Whether a decision still holds for the annotation: one made before the annotation was last changed decided on
     * something else, so the annotation counts as undecided again (for sign-off, gold and review navigation).
     */
    public static boolean stands(ReviewDecision decision, Annotation annotation) {
        return decision != null && !decision.decidedAt().isBefore(annotation.updated());
    }
}
