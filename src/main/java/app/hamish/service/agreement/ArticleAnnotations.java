package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article's text with every annotator's annotations on it: what agreement is measured on.
 *
 * @param externalId the id the article is known by outside Hamish, for reports
 * @param annotatorNames names by annotator id; must name at least everyone who has an annotation here
 */
public record ArticleAnnotations(long articleId, String externalId, ArticleText text, List<Annotation> annotations,
                                 Map<Long, String> annotatorNames) {
    /** Text order; the id breaks ties so that results never depend on the order the store returned. */
    static final Comparator<Annotation> IN_TEXT_ORDER = Comparator.comparing(Annotation::span)
            .thenComparingLong(Annotation::id);

    public ArticleAnnotations {
        Objects.requireNonNull(externalId);
        Objects.requireNonNull(text);
        annotations = annotations.stream().sorted(IN_TEXT_ORDER).toList();
        annotatorNames = Map.copyOf(annotatorNames);
        for (Annotation annotation : annotations) {
            if (annotation.articleId() != articleId) {
                throw new IllegalArgumentException("annotation %d belongs to article %d, not %d"
                        .formatted(annotation.id(), annotation.articleId(), articleId));
            }
            if (!annotatorNames.containsKey(annotation.annotatorId())) {
                throw new IllegalArgumentException("annotator %d of annotation %d has no name"
                        .formatted(annotation.annotatorId(), annotation.id()));
            }
            text.requireWithin(annotation.span());
        }
    }

    /** Everyone with at least one annotation on this article, by name (then id, should two share a name). */
    public List<Long> annotators() {
        return annotations.stream().map(Annotation::annotatorId).distinct()
                .sorted(Comparator.comparing(this::nameOf).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** One annotator's annotations, in text order. */
    public List<Annotation> annotationsOf(long annotatorId) {
        return annotations.stream().filter(annotation -> annotation.annotatorId() == annotatorId).toList();
    }

    public String nameOf(long annotatorId) {
        String name = annotatorNames.get(annotatorId);
        if (name == null) {
            throw new IllegalArgumentException("annotator " + annotatorId + " has no name");
        }
        return name;
    }
}
