package app.hamish.model;

import java.time.Instant;

/**
 * One annotator's layer of one article: its state, and the reviewer's comment when it was returned. {@code version}
 * counts the layer's moves from 1 (0: never moved, NEW), and {@code changedBy} names who moved it last: a move states
 * the version it read, and is refused naming them if the layer moved since.
 */
public record LayerState(long articleId, long annotatorId, WorkflowState state, String comment, Instant updated,
                         long version, String changedBy) {
    /** A layer never moved: NEW, at version 0. */
    public static LayerState untouched(long articleId, long annotatorId) {
        return new LayerState(articleId, annotatorId, WorkflowState.NEW, "", Instant.EPOCH, 0, "");
    }
}
