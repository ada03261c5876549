package app.hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A labelled span of one article by one annotator, as committed to the workspace. {@code version} counts its
 * changes from 1: a change states the version it read, and is refused if the annotation changed since.
 */
public record Annotation(long id, long articleId, long annotatorId, Span span, String label, String subtype,
                         String note, Provenance provenance, Instant created, Instant updated, long version) {
    /** An annotation as first stored, at version 1. */
    public Annotation(long id, long articleId, long annotatorId, Span span, String label, String subtype, String note,
                      Provenance provenance, Instant created, Instant updated) {
        this(id, articleId, annotatorId, span, label, subtype, note, provenance, created, updated, 1);
    }

    public Annotation {
        Objects.requireNonNull(span);
        Objects.requireNonNull(label);
        Objects.requireNonNull(note);
        Objects.requireNonNull(provenance);
        Objects.requireNonNull(created);
        Objects.requireNonNull(updated);
    }

    /** The same annotation at another version. */
    public Annotation atVersion(long other) {
        return new Annotation(id, articleId, annotatorId, span, label, subtype, note, provenance, created, updated,
                other);
    }
}
