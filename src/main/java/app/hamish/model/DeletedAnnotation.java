package app.hamish.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything deleting an annotation removed, so that undo can put it back exactly: the annotation with its stable
 * id ({@code uuid}, which the audit log and merged workspaces refer to), the relations where it is either end, and
 * its review decision ({@code null} if it had none), and a gold span's provenance ({@code null} for any other).
 */
public record DeletedAnnotation(Annotation annotation, String uuid, List<Relation> relations,
                                ReviewDecision decision, GoldAdjudication gold) {
    public DeletedAnnotation {
        Objects.requireNonNull(annotation);
        Objects.requireNonNull(uuid);
        relations = List.copyOf(relations);
        long id = annotation.id();
        if (relations.stream().anyMatch(relation -> relation.fromAnnotationId() != id
                && relation.toAnnotationId() != id)) {
            throw new IllegalArgumentException("a relation that does not involve annotation " + id);
        }
        if (decision != null && decision.annotationId() != id) {
            throw new IllegalArgumentException("a review decision on another annotation than " + id);
        }
    }
}
