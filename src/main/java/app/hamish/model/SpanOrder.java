package app.hamish.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions put in the order of their spans, stably: of one span, in the order they came. Opening the bench article
 * sorted its 800,000 proposals by span with a merge sort through a comparator's lambdas, over a quarter of computing
 * everything (decision 0091); where the spans' starts are dense, as they are when a whole article's suggestions are
 * sorted, they are counted into place by start in two passes instead.
 */
final class SpanOrder {
    private static final Comparator<Suggestion> BY_SPAN = (one, other) -> one.span().compareTo(other.span());
    private static final Comparator<Suggestion> BY_END = (one, other) -> Integer.compare(one.span().end(),
            other.span().end());
    /** A span's start at most this many times the number of suggestions: counting costs less than comparing. */
    private static final int DENSE = 8;
    /** Suggestions of one start up to this many are put in order of their ends by insertion. */
    private static final int FEW = 16;

    private SpanOrder() {
    }

    /** {@code suggestions}, sorted in place by span, stably. */
    static void sort(List<Suggestion> suggestions) {
        int size = suggestions.size();
        int lastStart = 0;
        for (Suggestion suggestion : suggestions) {
            lastStart = Math.max(lastStart, suggestion.span().start());
        }
        if (size < FEW || lastStart / DENSE >= size) {
            // A key's few suggestions at its places, spread over the text: a table of every start would be garbage.
            suggestions.sort(BY_SPAN);
            return;
        }
        int[] from = new int[lastStart + 2];
        for (Suggestion suggestion : suggestions) {
            from[suggestion.span().start() + 1]++;
        }
        for (int start = 1; start < from.length; start++) {
            from[start] += from[start - 1];
        }
        Suggestion[] sorted = new Suggestion[size];
        for (Suggestion suggestion : suggestions) {
            sorted[from[suggestion.span().start()]++] = suggestion;
        }
        // Each start's suggestions are now together, in the order they came: by end within them.
        int groupStart = 0;
        for (int at = 1; at <= size; at++) {
            if (at == size || sorted[at].span().start() != sorted[groupStart].span().start()) {
                byEnd(sorted, groupStart, at);
                groupStart = at;
            }
        }
        for (int at = 0; at < size; at++) {
            suggestions.set(at, sorted[at]);
        }
    }

    /** Those from {@code from} to {@code to}, of one start, by end, stably. */
    private static void byEnd(Suggestion[] suggestions, int from, int to) {
        if (to - from > FEW) {
            Arrays.sort(suggestions, from, to, BY_END);
            return;
        }
        for (int at = from + 1; at < to; at++) {
            Suggestion moving = suggestions[at];
            int end = moving.span().end();
            int place = at;
            while (place > from && suggestions[place - 1].span().end() > end) {
                suggestions[place] = suggestions[place - 1];
                place--;
            }
            suggestions[place] = moving;
        }
    }
}
