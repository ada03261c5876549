package app.hamish.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A gold span's provenance as stored: who accepted it into gold, when, and each annotator who had it with their
 * annotation while it exists ({@code null} once deleted). Kept by a deletion so that undo puts the span back whole.
 */
public record GoldAdjudication(long adjudicatorId, Instant adjudicatedAt, List<Source> sources) {
    public GoldAdjudication {
        Objects.requireNonNull(adjudicatedAt);
        sources = List.copyOf(sources);
    }

    /** An annotator who had the gold span, and their annotation of it, {@code null} once that was deleted. */
    public record Source(long annotatorId, Long annotationId) {
    }
}
