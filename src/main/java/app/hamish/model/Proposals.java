package app.hamish.model;

import java.util.Arrays;
import java.util.List;

/**
 * What one annotation proposes by propagation, in text order: its suggestions, spans following the convention, and
 * where each was found where the convention moved its span. One object per annotation: a record per place beside
 * its suggestion was ~850,000 more objects on the bench article, alive as long as its suggestions, that the young
 * collections after the reviewer's window opened copied and promoted (decision 0080). Immutable.
 */
final class Proposals {
    private static final Proposals NONE = new Proposals(null, InTextOrder.empty(), null);

    private final Annotation by;
    private final InTextOrder<Suggestion> suggestions;
    /** Where each was found, null where it is its suggestion's span; null when every one is. */
    private final Span[] found;

    private Proposals(Annotation by, InTextOrder<Suggestion> suggestions, Span[] found) {
        this.by = by;
        this.suggestions = suggestions;
        this.found = found;
    }

    /** What an annotation that proposes nothing proposes. */
    static Proposals none() {
        return NONE;
    }

    /**
     * The suggestions {@code by} proposes, in text order, with where the convention moved them from ({@code found},
     * null where it did not, or null altogether).
     */
    static Proposals of(Annotation by, List<Suggestion> suggestions, Span[] found) {
        return suggestions.isEmpty() ? NONE
                : new Proposals(by, InTextOrder.of(suggestions, suggestion -> suggestion), found);
    }

    /** These proposals, each made by the suggestion at its place in {@code kept}, an equal one. */
    Proposals keeping(Suggestion[] kept) {
        return new Proposals(by, InTextOrder.of(Arrays.asList(kept), suggestion -> suggestion), found);
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

    /** Where the {@code k}th suggestion was found in the text, before the convention. */
    Span found(int k) {
        return found == null || found[k] == null ? suggestions.get(k).span() : found[k];
    }

    /** Whether these are {@code other}'s very suggestions, by the same annotation, found at the same places. */
    boolean sameAs(Proposals other) {
        if (size() != other.size() || !isEmpty() && !by.equals(other.by)) {
            return false;
        }
        for (int k = 0; k < size(); k++) {
            if (get(k) != other.get(k) || !found(k).equals(other.found(k))) {
                return false;
            }
        }
        return true;
    }
}
