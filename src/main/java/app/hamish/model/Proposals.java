package app.hamish.model;

import java.util.Arrays;
import java.util.List;

/**
 * What one annotation proposes by propagation, in text order, spans following the convention. One object per
 * annotation: a record per place beside its suggestion (the annotation, the span found, the suggestion) was ~850,000
 * more objects on the bench article, alive as long as its suggestions, that the young collections after the
 * reviewer's window opened copied and promoted (decision 0080). Where a suggestion was found need not be kept: a
 * string's matches in the text do not overlap, and a span grown over the marks at its edges holds one of them, so a
 * suggestion, which names its string, was found at one place. Immutable.
 */
final class Proposals {
    private static final Proposals NONE = new Proposals(null, InTextOrder.empty());

    private final Annotation by;
    private final InTextOrder<Suggestion> suggestions;

    private Proposals(Annotation by, InTextOrder<Suggestion> suggestions) {
        this.by = by;
        this.suggestions = suggestions;
    }

    /** What an annotation that proposes nothing proposes. */
    static Proposals none() {
        return NONE;
    }

    /** The suggestions {@code by} proposes, in text order. */
    static Proposals of(Annotation by, List<Suggestion> suggestions) {
        return suggestions.isEmpty() ? NONE : new Proposals(by, InTextOrder.of(suggestions, suggestion -> suggestion));
    }

    /** These proposals, each made by the suggestion at its place in {@code kept}, an equal one. */
    Proposals keeping(Suggestion[] kept) {
        return new Proposals(by, InTextOrder.of(Arrays.asList(kept), suggestion -> suggestion));
    }

    Annotation by() {
        return by;
    }

    InTextOrder<Suggestion> suggestions() {
        return suggestions;
    }

    boolean isEmpty() {
        return suggestions.isEmpty();
    }

    int size() {
        return suggestions.size();
    }

    Suggestion get(int k) {
        return suggestions.get(k);
    }

    /** Whether these are {@code other}'s very suggestions, by the same annotation. */
    boolean sameAs(Proposals other) {
        if (size() != other.size() || !isEmpty() && !by.equals(other.by)) {
            return false;
        }
        for (int k = 0; k < size(); k++) {
            if (get(k) != other.get(k)) {
                return false;
            }
        }
        return true;
    }
}
