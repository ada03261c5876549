package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.service.ReviewService;

/**
 * A reviewer accepts or rejects an annotation, which copies it into gold or takes it out; undone, the decision it
 * had before (or none) is back, and gold with it.
 */
public final class Decide implements Edit {
    private final Annotation annotation;
    private final ReviewStatus status;
    private final String comment;
    private ReviewDecision before;
    private ReviewDecision after;
    private Long goldBefore;
    private Long goldAfter;

    public Decide(Annotation annotation, ReviewStatus status, String comment) {
        this.annotation = annotation;
        this.status = status;
        this.comment = comment;
    }

    @Override
    public void apply(EditContext context) {
        if (after == null) {
            before = context.storedDecision(annotation.id());
            goldBefore = context.review().goldCopyId(annotation.id());
            ReviewService.Settled settled = context.review().decide(annotation.id(), context.actor(), status,
                    comment);
            after = settled.decision();
            context.decided(annotation.id());
            context.goldChanged(settled.gold());
            goldAfter = context.review().goldCopyId(annotation.id());
        } else {
            context.bringDecision(annotation.id(), before, after, goldAfter);
        }
        context.goldSettled(annotation.id());
    }

    @Override
    public void revert(EditContext context) {
        context.bringDecision(annotation.id(), after, before, goldBefore);
        context.goldSettled(annotation.id());
    }

    @Override
    public String nameKey() {
        return status == ReviewStatus.ACCEPTED ? "edit.accept.decision" : "edit.reject.decision";
    }
}
