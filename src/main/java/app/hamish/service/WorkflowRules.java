package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.WorkspaceStore;

/**
 * Who may change an annotator's layer of an article, and when: the annotator while it is theirs to work on (new,
 * in progress, returned), a reviewer while it is in review; nobody once it is submitted or signed off.
 */
final class WorkflowRules {
    private final WorkspaceStore store;

    WorkflowRules(WorkspaceStore store) {
        this.store = store;
    }

    /**
     * Refuses with a message naming the state, or lets the change through; an annotator's first change to a new
     * or returned layer moves it to in progress (audited), so the state always says where the work is.
     */
    void beforeChange(long articleId, long ownerId, Annotator actor) {
        WorkflowState state = store.state(articleId, ownerId);
        boolean owner = actor.id() == ownerId;
        if (owner) {
            switch (state) {
                case NEW -> store.transition(articleId, ownerId, WorkflowTransition.START, actor.id(), "");
                case RETURNED -> store.transition(articleId, ownerId, WorkflowTransition.RESUME, actor.id(), "");
                case IN_PROGRESS -> {
                }
                case SUBMITTED -> throw new RefusedException("submitted", "You have submitted this article for review;"
                        + " it can be changed again when a reviewer returns it.");
                case IN_REVIEW -> throw new RefusedException("inReview", "This article is being reviewed; wait until"
                        + " the reviewer signs it off or returns it.");
                case SIGNED_OFF -> throw signedOff();
            }
            return;
        }
        if (actor.role() != Annotator.Role.REVIEWER) {
            throw new RefusedException("notYours", "Only the annotator who made these annotations, or a reviewer"
                    + " during review, can change them.");
        }
        if (state == WorkflowState.SIGNED_OFF) {
            throw signedOff();
        }
        if (state != WorkflowState.IN_REVIEW) {
            throw new RefusedException("reviewerOutsideReview", "A reviewer changes annotations only during review;"
                    + " this layer is " + words(state) + ".", state);
        }
    }

    void checkTransition(WorkflowTransition transition, long ownerId, Annotator actor) {
        if (transition.byReviewer()) {
            if (actor.role() != Annotator.Role.REVIEWER) {
                throw new RefusedException("notReviewer", actor.name() + " is not a reviewer; only reviewers can "
                        + words(transition) + ".", actor.name(), transition);
            }
            if (actor.id() == ownerId) {
                throw new RefusedException("ownWork", "Reviewers do not " + words(transition)
                        + " their own annotations; another reviewer must.", transition);
            }
        } else if (actor.id() != ownerId) {
            throw new RefusedException("ownerOnly", "Only the annotator whose work it is can " + words(transition)
                    + " it.", transition);
        }
    }

    private static RefusedException signedOff() {
        return new RefusedException("signedOff", "This article is signed off and read-only; a reviewer can reopen it.");
    }

    static String words(WorkflowState state) {
        return state.code().replace('_', ' ');
    }

    static String words(WorkflowTransition transition) {
        return transition.code().replace('_', ' ');
    }
}
