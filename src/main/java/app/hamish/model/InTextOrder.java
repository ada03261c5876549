package app.hamish.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Items in the text order of their suggestions' spans, with where each span begins as a plain int: a key looks up
 * its places in hundreds of such lists, and read through each item, its suggestion and its span, three objects apart
 * in the heap, most of that time was waiting for memory (decision 0071). Immutable.
 */
final class InTextOrder<T> extends AbstractList<T> implements RandomAccess {
    private static final InTextOrder<?> EMPTY = new InTextOrder<>(new Object[0], new int[0], 0);

    private final Object[] items;
    private final int[] starts;
    /** No item's span is longer: how far before a place an item overlapping it may begin. */
    private final int longest;

    private InTextOrder(Object[] items, int[] starts, int longest) {
        this.items = items;
        this.starts = starts;
        this.longest = longest;
    }

    @SuppressWarnings("unchecked")
    static <T> InTextOrder<T> empty() {
        return (InTextOrder<T>) EMPTY;
    }

    /** These items, already in text order, each with the suggestion {@code suggestion} gives. */
    static <T> InTextOrder<T> of(List<T> items, Function<T, Suggestion> suggestion) {
        if (items.isEmpty()) {
            return empty();
        }
        Object[] copied = items.toArray();
        int[] starts = new int[copied.length];
        int longest = 0;
        for (int k = 0; k < copied.length; k++) {
            Span span = suggestion.apply(items.get(k)).span();
            starts[k] = span.start();
            longest = Math.max(longest, span.length());
        }
        return new InTextOrder<>(copied, starts, longest);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** Where the span of the item at {@code index} begins. */
    int start(int index) {
        return starts[index];
    }

    int longest() {
        return longest;
    }

    /** The first item from {@code from} on whose span begins at or after {@code offset}, by doubling steps. */
    int firstStartingFrom(int from, int offset) {
        return SortedInts.firstAtLeast(starts, from, offset);
    }
}
