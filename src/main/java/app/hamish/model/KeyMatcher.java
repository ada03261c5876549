package app.hamish.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Many keys found in one pass over a text (Aho–Corasick): the cost is the text's length plus the occurrences
 * reported, however many keys there are, where searching for each key in turn costs the text's length per key.
 * Propagation looks for every annotated string at once, the lexicon for every cue, reported claims for every verb.
 */
final class KeyMatcher {
    private static final int ROOT = 0;

    private final List<String> keys;
    /** Goto edges: (node, character) to node, in a table of primitives, since every character of the text asks it. */
    private final Edges next = new Edges();
    private int[] failure = new int[16];
    private int[] depth = new int[16];
    /** The key ending at a node, or -1. */
    private int[] keyAt = new int[16];
    /** The nearest node on the failure chain where a key ends, or -1. */
    private int[] outputLink = new int[16];
    private int nodes = 1;

    KeyMatcher(Collection<String> keys) {
        this.keys = List.copyOf(new LinkedHashSet<>(keys));
        Arrays.fill(keyAt, -1);
        for (int key = 0; key < this.keys.size(); key++) {
            add(this.keys.get(key), key);
        }
        link();
    }

    /**
     * Every occurrence of every key, overlapping ones included, as {@code [start, end)} per key in text order, where
     * {@code accepted} takes the end and then the start: ends are tested first, since few positions end a word.
     * Keys without an accepted occurrence map to an empty list.
     */
    Map<String, WordRanges> find(String text, IntPredicate acceptedEnd, IntPredicate acceptedStart) {
        List<WordRanges> found = new ArrayList<>(keys.size());
        keys.forEach(key -> found.add(new WordRanges()));
        int node = ROOT;
        for (int i = 0; i < text.length(); i++) {
            node = step(node, text.charAt(i));
            int end = i + 1;
            int output = keyAt[node] >= 0 ? node : outputLink[node];
            if (output < 0 || !acceptedEnd.test(end)) {
                continue;
            }
            for (; output >= 0; output = outputLink[output]) {
                int start = end - depth[output];
                if (acceptedStart.test(start)) {
                    found.get(keyAt[output]).add(start, end);
                }
            }
        }
        // Reported at their ends, occurrences of a key are already in order of their starts too.
        Map<String, WordRanges> byKey = new HashMap<>();
        for (int key = 0; key < keys.size(); key++) {
            byKey.put(keys.get(key), found.get(key));
        }
        return byKey;
    }

    private int step(int node, char c) {
        int at = node;
        while (true) {
            int to = next.get(edge(at, c));
            if (to >= 0) {
                return to;
            }
            if (at == ROOT) {
                return ROOT;
            }
            at = failure[at];
        }
    }

    private void add(String key, int index) {
        int node = ROOT;
        for (int i = 0; i < key.length(); i++) {
            long edge = edge(node, key.charAt(i));
            int to = next.get(edge);
            if (to < 0) {
                to = newNode(depth[node] + 1);
                next.put(edge, to);
            }
            node = to;
        }
        keyAt[node] = index;
    }

    private int newNode(int nodeDepth) {
        if (nodes == depth.length) {
            int size = nodes * 2;
            failure = Arrays.copyOf(failure, size);
            depth = Arrays.copyOf(depth, size);
            keyAt = Arrays.copyOf(keyAt, size);
            Arrays.fill(keyAt, nodes, size, -1);
            outputLink = Arrays.copyOf(outputLink, size);
        }
        depth[nodes] = nodeDepth;
        return nodes++;
    }

    /**
     * Failure and output links, breadth first so that a node's failure target is linked before it. Each node's
     * children are laid out in arrays, not a list of boxed edges per node: the 10,000 strings of the bench article
     * are 109,000 nodes, linked at every opening (decision 0091).
     */
    private void link() {
        int[] childrenFrom = new int[nodes + 1];
        next.forEach((edge, to) -> childrenFrom[(int) (edge >>> 16) + 1]++);
        for (int node = 0; node < nodes; node++) {
            childrenFrom[node + 1] += childrenFrom[node];
        }
        int[] filled = Arrays.copyOf(childrenFrom, nodes);
        char[] childChar = new char[nodes];
        int[] child = new int[nodes];
        next.forEach((edge, to) -> {
            int at = filled[(int) (edge >>> 16)]++;
            childChar[at] = (char) (edge & 0xFFFF);
            child[at] = to;
        });
        outputLink[ROOT] = -1;
        int[] queue = new int[nodes];
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            for (int at = childrenFrom[node]; at < childrenFrom[node + 1]; at++) {
                int to = child[at];
                failure[to] = node == ROOT ? ROOT : step(failure[node], childChar[at]);
                int fallback = failure[to];
                outputLink[to] = keyAt[fallback] >= 0 ? fallback : outputLink[fallback];
                queue[tail++] = to;
            }
        }
    }

    private static long edge(int node, char c) {
        return (long) node << 16 | c;
    }

    /** An open-addressing hash table from edge to node; nodes are never negative, so -1 says "none". */
    private static final class Edges {
        private static final long EMPTY = -1;
        private long[] keys = filled(16);
        private int[] values = new int[16];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int slot = hash(key) & mask; ; slot = slot + 1 & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                if (keys[slot] == EMPTY) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = slot + 1 & mask;
            }
            size += keys[slot] == EMPTY ? 1 : 0;
            keys[slot] = key;
            values[slot] = value;
        }

        void forEach(EdgeConsumer consumer) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != EMPTY) {
                    consumer.accept(keys[slot], values[slot]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = filled(oldKeys.length * 2);
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldKeys[slot] != EMPTY) {
                    put(oldKeys[slot], oldValues[slot]);
                }
            }
        }

        private static long[] filled(int length) {
            long[] table = new long[length];
            Arrays.fill(table, EMPTY);
            return table;
        }

        private static int hash(long key) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 32);
        }
    }

    private interface EdgeConsumer {
        void accept(long edge, int node);
    }
}
