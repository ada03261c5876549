package app.hamish.model;

import java.util.Locale;

/**
 * Where one annotator's layer of one article stands in review. The allowed moves between states are the
 * {@link WorkflowTransition}s; nothing else changes a state.
 */
public enum WorkflowState {
    /** Nobody has annotated this article in this layer yet. */
    NEW,
    /** The annotator is working on it; only they change it. */
    IN_PROGRESS,
    /** The annotator has handed it in; it is read-only until a reviewer takes it or it is returned. */
    SUBMITTED,
    /** A reviewer is deciding each annotation (accept, reject, or edit); only reviewers change it. */
    IN_REVIEW,
    /** A reviewer sent it back with a comment; the annotator fixes it and submits again. */
    RETURNED,
    /** Reviewed: its accepted annotations are gold. Read-only for everyone until a reviewer reopens it. */
    SIGNED_OFF;

    private static final WorkflowState[] ALL = values();

    /** Kept, not lower-cased again: exports write one for each of a million annotations. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static WorkflowState fromCode(String code) {
        for (WorkflowState known : ALL) {
            if (known.code.equals(code)) {
                return known;
            }
        }
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
