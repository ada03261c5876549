package app.hamish.model;

import java.util.Arrays;
import java.util.List;

/**
 * The suggestions offered after a change, and where they may differ from those offered before it: every suggestion
 * outside the places named is the same, in the same order, in both lists. A key on the long article computes again
 * a few thousand of its 320,000 suggestions; told which, the workbench compares those alone, not both lists whole
 * twice per key (decision 0062). Suggestions computed whole name no list before.
 */
public final class OfferedChange {
    private final List<Suggestion> before;
    private final List<Suggestion> offered;
    /** Ascending. */
    private final int[] went;
    /** Ascending. */
    private final int[] came;

    private OfferedChange(List<Suggestion> before, List<Suggestion> offered, int[] went, int[] came) {
        this.before = before;
        this.offered = offered;
        this.went = went;
        this.came = came;
    }

    /** Suggestions computed whole: any of them may differ from what was offered. */
    public static OfferedChange whole(List<Suggestion> offered) {
        return new OfferedChange(null, offered, new int[0], new int[0]);
    }

    /** Suggestions computed again to the same list. */
    public static OfferedChange same(List<Suggestion> offered) {
        return new OfferedChange(offered, offered, new int[0], new int[0]);
    }

    /**
     * {@code offered} is {@code before} without the suggestions at places {@code went} (the first {@code wentSize},
     * ascending) and with those at places {@code came} of {@code offered}: those computed again, some of them perhaps
     * the same as before.
     */
    public static OfferedChange between(List<Suggestion> before, List<Suggestion> offered, int[] went, int wentSize,
                                 int[] came, int cameSize) {
        return new OfferedChange(before, offered, Arrays.copyOf(went, wentSize), Arrays.copyOf(came, cameSize));
    }

    /**
     * This change and then {@code next}, a change of this one's list, as one change: when a computation's result is
     * overtaken by a newer key before it is shown, the next one's change is of a list the workbench never showed.
     * Worked out from the places alone: a suggestion kept by both changes is the same one, in the same order.
     */
    public OfferedChange then(OfferedChange next) {
        if (!next.isFrom(offered)) {
            throw new IllegalArgumentException("not a change of this change's list");
        }
        if (before == null) {
            return whole(next.offered);
        }
        // Went: those that went first, and those kept first that went next, placed in the list first changed.
        int[] wentNext = kept(without(next.went, came), came, went);
        // Came: those that came next, and those that came first and were kept next, placed in the last list.
        int[] cameFirst = kept(without(came, next.went), next.went, next.came);
        return new OfferedChange(before, next.offered, union(went, wentNext), union(next.came, cameFirst));
    }

    public List<Suggestion> offered() {
        return offered;
    }

    /**
     * The change back, from this one's list to the list it changed: what went came back at its places, what came
     * went from its places.
     */
    OfferedChange reversed() {
        if (before == null) {
            throw new IllegalStateException("a change of suggestions computed whole names no list before");
        }
        return new OfferedChange(offered, before, came, went);
    }

    /** Whether this is a change of {@code shown} itself (the same list, not an equal one). */
    public boolean isFrom(List<Suggestion> shown) {
        return before != null && before == shown;
    }

    public int wentSize() {
        return went.length;
    }

    /** The place in the list before of the {@code k}th suggestion computed again there. */
    public int went(int k) {
        return went[k];
    }

    public int cameSize() {
        return came.length;
    }

    /** The place in {@link #offered} of the {@code k}th suggestion computed again. */
    public int came(int k) {
        return came[k];
    }

    /**
     * Where the suggestions at {@code places} (ascending, none of them {@code removed}) of a list are in a list that
     * keeps every other one of it in the same order, without those {@code removed} and with those {@code added} (at
     * their places in it).
     */
    private static int[] kept(int[] places, int[] removed, int[] added) {
        int[] to = new int[places.length];
        int r = 0;
        int a = 0;
        for (int k = 0; k < places.length; k++) {
            while (r < removed.length && removed[r] < places[k]) {
                r++;
            }
            // The rank among those kept, then past every one added before it.
            int at = places[k] - r;
            while (a < added.length && added[a] <= at + a) {
                a++;
            }
            to[k] = at + a;
        }
        return to;
    }

    /** The places of {@code all} not in {@code left}, both ascending. */
    private static int[] without(int[] all, int[] left) {
        int[] rest = new int[all.length];
        int size = 0;
        int l = 0;
        for (int place : all) {
            while (l < left.length && left[l] < place) {
                l++;
            }
            if (l == left.length || left[l] != place) {
                rest[size++] = place;
            }
        }
        return Arrays.copyOf(rest, size);
    }

    /** Two ascending lists of places with none in both, as one. */
    private static int[] union(int[] first, int[] second) {
        int[] all = new int[first.length + second.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length; k++) {
            all[k] = j == second.length || i < first.length && first[i] < second[j] ? first[i++] : second[j++];
        }
        return all;
    }
}
