package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;

/**
 * A reviewer accepts or rejects an annotation, which copies it into gold or takes it out; undone, the decision it
 * had before (or none) is back, and gold with it. Each step is made on the decision as this session last saw it, so
 * another reviewer's decision meanwhile is refused naming them, never written over.
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
            before = context.shownDecision(annotation.id());
            goldBefore = context.review().goldCopyId(annotation.id());
            after = context.decide(annotation.id(), status, comment);
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
