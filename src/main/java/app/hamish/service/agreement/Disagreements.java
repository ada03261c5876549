package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The places where two annotators of one article differ, in text order, so that a reviewer can step through. */
public final class Disagreements {
    private Disagreements() {
    }

    /**
     * Every annotation of either annotator without an exact match (same span and label, one to one) by the other,
     * sorted by span, annotator a's before b's on the same span. Where the other annotator has both another label
     * on the same span and this label on an overlapping one, {@link Disagreement.Kind#LABEL_DIFFERS} is given: the
     * same words with another label is the closer, and usually the more telling, difference.
     */
    public static List<Disagreement> find(ArticleAnnotations article, long annotatorA, long annotatorB) {
        if (annotatorA == annotatorB) {
            throw new IllegalArgumentException("an annotator cannot disagree with themselves (" + annotatorA + ")");
        }
        List<Annotation> a = article.annotationsOf(annotatorA);
        List<Annotation> b = article.annotationsOf(annotatorB);
        List<Disagreement> found = new ArrayList<>();
        addUnmatched(found, article.nameOf(annotatorA), a, b);
        addUnmatched(found, article.nameOf(annotatorB), b, a);
        // A stable sort: on the same span, a's stay before b's, each in text order.
        found.sort(Comparator.comparing(Disagreement::span));
        return found;
    }

    private static void addUnmatched(List<Disagreement> found, String annotator, List<Annotation> mine,
                                     List<Annotation> theirs) {
        for (Annotation annotation : ExactMatches.unmatched(mine, theirs)) {
            List<Annotation> relabelled = theirs.stream().filter(other -> other.span().equals(annotation.span())
                    && !other.label().equals(annotation.label())).toList();
            List<Annotation> reshaped = theirs.stream().filter(other -> other.label().equals(annotation.label())
                    && other.span().overlaps(annotation.span()) && !other.span().equals(annotation.span())).toList();
            if (!relabelled.isEmpty()) {
                found.add(new Disagreement(Disagreement.Kind.LABEL_DIFFERS, annotation, annotator, relabelled));
            } else if (!reshaped.isEmpty()) {
                found.add(new Disagreement(Disagreement.Kind.BOUNDARY_DIFFERS, annotation, annotator, reshaped));
            } else {
                found.add(new Disagreement(Disagreement.Kind.MISSING_IN_OTHER, annotation, annotator, List.of()));
            }
        }
    }
}
