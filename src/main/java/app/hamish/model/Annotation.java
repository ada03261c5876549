package app.hamish.model;

import java.time.Instant;
import java.util.Objects;

/** A labelled span of one article by one annotator, as committed to the workspace. */
public record Annotation(long id, long articleId, long annotatorId, Span span, String label, String subtype,
                         String note, Provenance provenance, Instant created, Instant updated) {
    public Annotation {
        Objects.requireNonNull(span);
        Objects.requireNonNull(label);
        Objects.requireNonNull(note);
        Objects.requireNonNull(provenance);
        Objects.requireNonNull(created);
        Objects.requireNonNull(updated);
    }
}
