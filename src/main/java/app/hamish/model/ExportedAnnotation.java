package app.hamish.model;

import java.time.Instant;

/** An annotation joined with the names and review outcome that exports print. */
public record ExportedAnnotation(long id, Span span, String label, String subtype, String note, String annotator,
                                 Instant created, ReviewStatus status, String reviewer, Instant decidedAt,
                                 String comment) {
}
