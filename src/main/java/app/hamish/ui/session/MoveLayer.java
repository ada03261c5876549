package app.hamish.ui.session;

import app.hamish.model.WorkflowTransition;

/**
 * Moves one annotator's layer of the open article through the workflow (submit, sign off, return...), from the
 * state the session shows: refused naming who moved it if someone has since.
 */
public record MoveLayer(long articleId, long annotatorId, WorkflowTransition transition, String comment)
        implements Change {
    @Override
    public void apply(EditContext context) {
        context.review().transition(articleId, annotatorId, transition, context.actor(), comment,
                context.shownLayerVersion(annotatorId));
    }
}
