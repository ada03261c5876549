package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact matching of two annotators' annotations: same start, end and label, one to one. One to one because an
 * annotator may put the same label on the same words twice (with different subtypes, which agreement ignores),
 * and the other annotator then agrees with both only by doing the same.
 */
final class ExactMatches {
    private record Key(Span span, String label) {
        static Key of(Annotation annotation) {
            return new Key(annotation.span(), annotation.label());
        }
    }

    private ExactMatches() {
    }

    /** The annotations of {@code mine} left without a partner in {@code theirs}, in the order given. */
    static List<Annotation> unmatched(List<Annotation> mine, List<Annotation> theirs) {
        Map<Key, Integer> available = new HashMap<>();
        for (Annotation annotation : theirs) {
            available.merge(Key.of(annotation), 1, Integer::sum);
        }
        List<Annotation> unmatched = new ArrayList<>();
        for (Annotation annotation : mine) {
            Key key = Key.of(annotation);
            if (available.getOrDefault(key, 0) > 0) {
                available.merge(key, -1, Integer::sum);
            } else {
                unmatched.add(annotation);
            }
        }
        return unmatched;
    }
}
