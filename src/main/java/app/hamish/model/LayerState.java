package app.hamish.model;

import java.time.Instant;

/** One annotator's layer of one article: its state, and the reviewer's comment when it was returned. */
public record LayerState(long articleId, long annotatorId, WorkflowState state, String comment, Instant updated) {
}
