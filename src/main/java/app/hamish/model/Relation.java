package app.hamish.model;

/** A directed link between two annotations of one article, e.g. a claim attributed to its source. */
public record Relation(long id, long fromAnnotationId, long toAnnotationId, String type) {
    public static final String ATTRIBUTED_TO = "attributed_to";
}
