package app.hamish.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Ranges {@code [start, end)} of a normalised text, where keys were found, held as pairs in one array of ints: the
 * bench article's strings are found at 800,000 places at every opening, and an array of two ints for each, in a list
 * grown for each key, was some 20 MB of the 156 MB that computing everything made (decision 0091). Read as a list,
 * each range is a new pair.
 */
final class WordRanges extends AbstractList<int[]> implements RandomAccess {
    private static final WordRanges NONE = new WordRanges(0);

    private int[] edges;
    private int size;

    WordRanges() {
        this(8);
    }

    private WordRanges(int capacity) {
        edges = new int[2 * capacity];
    }

    /** No ranges. */
    static WordRanges none() {
        return NONE;
    }

    void add(int start, int end) {
        if (2 * size == edges.length) {
            edges = Arrays.copyOf(edges, Math.max(16, 2 * edges.length));
        }
        edges[2 * size] = start;
        edges[2 * size + 1] = end;
        size++;
    }

    int start(int k) {
        return edges[2 * k];
    }

    int end(int k) {
        return edges[2 * k + 1];
    }

    /** The earliest wins where two overlap; of one start, the longest. */
    WordRanges inOrderWithoutOverlaps() {
        long[] byStart = new long[size];
        for (int k = 0; k < size; k++) {
            // By start, then by end from the furthest: the end is stored as how far it is from the largest int.
            byStart[k] = (long) start(k) << 32 | Integer.MAX_VALUE - end(k);
        }
        Arrays.sort(byStart);
        WordRanges kept = new WordRanges();
        for (long range : byStart) {
            int start = (int) (range >>> 32);
            if (kept.size == 0 || start >= kept.end(kept.size - 1)) {
                kept.add(start, Integer.MAX_VALUE - (int) range);
            }
        }
        return kept;
    }

    @Override
    public int[] get(int k) {
        Objects.checkIndex(k, size);
        return new int[] {start(k), end(k)};
    }

    @Override
    public int size() {
        return size;
    }
}
