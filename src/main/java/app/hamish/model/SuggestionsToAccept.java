package app.hamish.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one key accepts of the suggestions left on an article (decision 0035): those inside a span, in text order
 * (the longer first where two start together), each unless a suggestion of its label accepted before it overlaps
 * it, since an accepted one would cover it and it would not be offered any more.
 */
public final class SuggestionsToAccept {
    /** The order they are taken in: by start, the longer first. */
    public static final Comparator<Suggestion> ORDER = Comparator.<Suggestion>comparingInt(
            suggestion -> suggestion.span().start()).thenComparing(suggestion -> -suggestion.span().end());

    private SuggestionsToAccept() {
    }

    /** @param within the span to accept in, or {@code null} for the whole article */
    public static List<Suggestion> of(List<Suggestion> offered, Span within) {
        List<Suggestion> chosen = new ArrayList<>();
        offered.stream().sorted(ORDER)
                .filter(suggestion -> within == null || within.start() <= suggestion.span().start()
                        && suggestion.span().end() <= within.end())
                .filter(suggestion -> chosen.stream().noneMatch(earlier -> earlier.label().equals(suggestion.label())
                        && earlier.span().overlaps(suggestion.span())))
                .forEach(chosen::add);
        return List.copyOf(chosen);
    }
}
