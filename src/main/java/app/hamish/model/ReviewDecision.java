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
}
