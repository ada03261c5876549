package app.hamish.model;

import java.util.Objects;

/** An annotation about to be created. */
public record NewAnnotation(long articleId, long annotatorId, Span span, String label, String subtype, String note,
                            Provenance provenance) {
    public NewAnnotation {
        Objects.requireNonNull(span);
        Objects.requireNonNull(label);
        Objects.requireNonNull(provenance);
        note = note == null ? "" : note;
    }
}
