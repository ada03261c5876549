package app.hamish.ui.session;

import app.hamish.model.Annotation;

/**
 * Changes nothing: refused, as deciding would be, where the reviewer may not decide the annotation now (its layer
 * is not in review, it is their own...), so the reason for a rejection is asked only when it can be used.
 */
public record MayDecide(Annotation annotation) implements Change {
    @Override
    public void apply(EditContext context) {
        context.review().checkDecidable(annotation.id(), context.actor());
    }
}
