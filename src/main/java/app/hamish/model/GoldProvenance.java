package app.hamish.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a gold span came from: the annotators who had exactly its span, label and subtype when it was accepted
 * (by name, in name order), with the annotation each had while it exists (by annotator name), and who accepted it
 * into gold, when.
 */
public record GoldProvenance(long goldAnnotationId, List<String> annotators, Map<String, Long> sourceAnnotations,
                             String adjudicator, Instant adjudicatedAt) {
    public GoldProvenance {
        annotators = List.copyOf(annotators);
        sourceAnnotations = Map.copyOf(sourceAnnotations);
    }
}
