package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;

/** A reviewer's accept and reject decisions on annotations. */
public final class ReviewService {
    private final WorkspaceStore store;
    private final Clock clock;

    ReviewService(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReviewDecision decide(long annotationId, Annotator reviewer, ReviewStatus status, String comment) {
        if (reviewer.role() != Annotator.Role.REVIEWER) {
            throw new RefusedException(reviewer.name() + " is not a reviewer; only reviewers accept or reject.");
        }
        if (store.annotation(annotationId).isEmpty()) {
            throw new RefusedException("Annotation " + annotationId + " no longer exists.");
        }
        ReviewDecision decision = new ReviewDecision(annotationId, reviewer.id(), status, clock.instant(), comment);
        store.recordDecision(decision);
        return decision;
    }
}
