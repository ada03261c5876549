package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.WorkspaceStore;

/**
 * Who may change an annotator's layer of an article, and when: the annotator while it is theirs to work on (new,
 * in progress, returned), nobody else; nobody once it is submitted or signed off. A reviewer changes the article's
 * gold layer instead, while a layer is in review.
 */
final class WorkflowRules {
    private final ArticleReads reads;
    private final WorkspaceStore store;

    WorkflowRules(ArticleReads reads, WorkspaceStore store) {
        this.reads = reads;
        this.store = store;
    }

    /**
     * Refuses with a message naming the state, or lets the change through; an annotator's first change to a new
     * or returned layer moves it to in progress (audited), so the state always says where the work is.
     */
    void beforeChange(long articleId, long ownerId, Annotator actor) {
        if (ownerId == Annotator.GOLD_ID) {
            beforeGoldChange(articleId, actor);
            return;
        }
        WorkflowState state = reads.state(articleId, ownerId);
        boolean owner = actor.id() == ownerId;
        if (owner) {
            switch (state) {
                case NEW -> store.transition(articleId, ownerId, WorkflowTransition.START, actor.id(), "");
                case RETURNED -> store.transition(articleId, ownerId, WorkflowTransition.RESUME, actor.id(), "");
                case IN_PROGRESS -> {
                }
                case SUBMITTED -> throw new RefusedException(Refusal.SUBMITTED);
                case IN_REVIEW -> throw new RefusedException(Refusal.IN_REVIEW);
                case SIGNED_OFF -> throw signedOff();
            }
            return;
        }
        if (actor.role() != Annotator.Role.REVIEWER) {
            throw new RefusedException(Refusal.NOT_YOURS);
        }
        if (state == WorkflowState.SIGNED_OFF) {
            throw signedOff();
        }
        if (state != WorkflowState.IN_REVIEW) {
            throw new RefusedException(Refusal.REVIEWER_OUTSIDE_REVIEW, state);
        }
        // The annotator's layer stays as they made it, so agreement keeps measuring them (decision 0027).
        throw new RefusedException(Refusal.EDIT_GOLD_COPY);
    }

    /** The gold layer is the reviewers' work, changed while one of the article's layers is in review. */
    private void beforeGoldChange(long articleId, Annotator actor) {
        if (actor.role() != Annotator.Role.REVIEWER || actor.isGold()) {
            throw new RefusedException(Refusal.GOLD_REVIEWERS_ONLY);
        }
        if (reads.states(articleId).stream().noneMatch(layer -> layer.state() == WorkflowState.IN_REVIEW)) {
            throw new RefusedException(Refusal.GOLD_OUTSIDE_REVIEW);
        }
    }

    void checkTransition(WorkflowTransition transition, long ownerId, Annotator actor) {
        if (transition.byReviewer()) {
            if (actor.role() != Annotator.Role.REVIEWER) {
                throw new RefusedException(Refusal.NOT_REVIEWER, actor.name(), transition);
            }
            if (actor.id() == ownerId) {
                throw new RefusedException(Refusal.OWN_WORK, transition);
            }
        } else if (actor.id() != ownerId) {
            throw new RefusedException(Refusal.OWNER_ONLY, transition);
        }
    }

    private static RefusedException signedOff() {
        return new RefusedException(Refusal.SIGNED_OFF);
    }
}
