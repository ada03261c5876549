package app.hamish.model;

import java.util.Locale;

/** The only moves between {@link WorkflowState}s, with who may make them. */
public enum WorkflowTransition {
    START(WorkflowState.NEW, WorkflowState.IN_PROGRESS, false),
    SUBMIT(WorkflowState.IN_PROGRESS, WorkflowState.SUBMITTED, false),
    RESUME(WorkflowState.RETURNED, WorkflowState.IN_PROGRESS, false),
    TAKE_FOR_REVIEW(WorkflowState.SUBMITTED, WorkflowState.IN_REVIEW, true),
    RETURN(WorkflowState.IN_REVIEW, WorkflowState.RETURNED, true),
    SIGN_OFF(WorkflowState.IN_REVIEW, WorkflowState.SIGNED_OFF, true),
    REOPEN(WorkflowState.SIGNED_OFF, WorkflowState.IN_REVIEW, true);

    private final WorkflowState from;
    private final WorkflowState to;
    private final boolean byReviewer;

    WorkflowTransition(WorkflowState from, WorkflowState to, boolean byReviewer) {
        this.from = from;
        this.to = to;
        this.byReviewer = byReviewer;
    }

    public WorkflowState from() {
        return from;
    }

    public WorkflowState to() {
        return to;
    }

    /** Reviewer moves are made by a reviewer other than the layer's annotator; the others by the annotator. */
    public boolean byReviewer() {
        return byReviewer;
    }

    /** The audit log's word for it: {@code submitted}, {@code signed_off}, ... */
    public String pastTense() {
        return switch (this) {
            case START -> "started";
            case SUBMIT -> "submitted";
            case RESUME -> "resumed";
            case TAKE_FOR_REVIEW -> "taken_for_review";
            case RETURN -> "returned";
            case SIGN_OFF -> "signed_off";
            case REOPEN -> "reopened";
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
