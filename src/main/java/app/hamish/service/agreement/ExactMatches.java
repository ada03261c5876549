package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import app.hamish.model.EdgeMarks;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Exact matching of two annotators' annotations: same start, end and label, one to one. One to one because an
 * annotator may put the same label on the same words twice (with different subtypes, which agreement ignores),
 * and the other annotator then agrees with both only by doing the same.
 */
final class ExactMatches {
    private record Key(Span span, String label) {
    }

    private ExactMatches() {
    }

    /** The annotations of {@code mine} left without a partner in {@code theirs}, in the order given. */
    static List<Annotation> unmatched(List<Annotation> mine, List<Annotation> theirs) {
        return unmatched(mine, theirs, Annotation::span);
    }

    /**
     * As {@link #unmatched(List, List)}, but spans that differ only by invisible marks and white space at their
     * edges ({@link EdgeMarks#core}) are the same: the boundary-tolerant exact level (decision 0023).
     */
    static List<Annotation> unmatchedIgnoringEdges(ArticleText text, List<Annotation> mine,
                                                   List<Annotation> theirs) {
        return unmatched(mine, theirs,
                annotation -> EdgeMarks.core(text, annotation.span()).orElse(annotation.span()));
    }

    private static List<Annotation> unmatched(List<Annotation> mine, List<Annotation> theirs,
                                              Function<Annotation, Span> compared) {
        Map<Key, Integer> available = new HashMap<>();
        for (Annotation annotation : theirs) {
            available.merge(new Key(compared.apply(annotation), annotation.label()), 1, Integer::sum);
        }
        List<Annotation> unmatched = new ArrayList<>();
        for (Annotation annotation : mine) {
            Key key = new Key(compared.apply(annotation), annotation.label());
            if (available.getOrDefault(key, 0) > 0) {
                available.merge(key, -1, Integer::sum);
            } else {
                unmatched.add(annotation);
            }
        }
        return unmatched;
    }
}
