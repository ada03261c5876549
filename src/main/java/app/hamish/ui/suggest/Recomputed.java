package app.hamish.ui.suggest;

import app.hamish.model.OfferedChange;
import app.hamish.model.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggestions computed again, beside those offered when the computation began: the places in the old list of those
 * that went and in the new list of those that came, worked out in the background so that the FX thread changes the
 * offered list by those alone, however many, not by the long article's hundreds of thousands (decisions 0034, 0040).
 *
 * @param basis how many changes the offered list had seen when the computation began
 */
record Recomputed(List<Suggestion> all, long basis, Places gone, Places came) {
    static Recomputed between(List<Suggestion> before, long basis, List<Suggestion> now) {
        if (inTextOrder(before) && inTextOrder(now)) {
            return byPlace(before, basis, now);
        }
        Set<Suggestion> kept = new HashSet<>(now);
        Set<Suggestion> had = new HashSet<>(before);
        Places gone = new Places();
        Places came = new Places();
        for (int i = 0; i < before.size(); i++) {
            if (!kept.contains(before.get(i))) {
                gone.add(i);
            }
        }
        for (int i = 0; i < now.size(); i++) {
            if (!had.contains(now.get(i))) {
                came.add(i);
            }
        }
        if (!keptInOrder(before, gone, now, came)) {
            // Suggestions listed twice, or kept ones in another order: every one went and came.
            return new Recomputed(now, basis, Places.all(before.size()), Places.all(now.size()));
        }
        return new Recomputed(now, basis, gone, came);
    }

    /**
     * The change the service computed, of the list {@code before} the offered list was when the computation began:
     * only the suggestions it computed again are compared, those that went with those that came, as {@link #between}
     * would compare them, since every other suggestion is the same in the same order in both lists (decision 0062).
     * A key on the long article computes a few thousand again; the lists are 320,000 long.
     */
    static Recomputed within(List<Suggestion> before, long basis, OfferedChange change) {
        if (!change.isFrom(before)) {
            throw new IllegalArgumentException("a change of another list");
        }
        List<Suggestion> now = change.offered();
        List<Suggestion> went = new ArrayList<>(change.wentSize());
        for (int k = 0; k < change.wentSize(); k++) {
            went.add(before.get(change.went(k)));
        }
        List<Suggestion> came = new ArrayList<>(change.cameSize());
        for (int k = 0; k < change.cameSize(); k++) {
            came.add(now.get(change.came(k)));
        }
        Recomputed among = byPlace(went, basis, came);
        Places gone = new Places();
        for (int k = 0; k < among.gone().size(); k++) {
            gone.add(change.went(among.gone().get(k)));
        }
        Places cameHere = new Places();
        for (int k = 0; k < among.came().size(); k++) {
            cameHere.add(change.came(among.came().get(k)));
        }
        return new Recomputed(now, basis, gone, cameHere);
    }

    /**
     * Both lists in text order, as offered: walked side by side, span by span, so that 320,000 suggestions mostly
     * the same are compared without a set of each (tens of megabytes of garbage per key, decision 0041). Where the
     * suggestions of one span are not the same in the same order, all of that span's went and came.
     */
    private static Recomputed byPlace(List<Suggestion> before, long basis, List<Suggestion> now) {
        Places gone = new Places();
        Places came = new Places();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < now.size()) {
            int order = i == before.size() ? 1 : j == now.size() ? -1
                    : before.get(i).span().compareTo(now.get(j).span());
            if (order < 0) {
                gone.add(i++);
            } else if (order > 0) {
                came.add(j++);
            } else {
                int beforeEnd = sameSpanEnd(before, i);
                int nowEnd = sameSpanEnd(now, j);
                if (!same(before, i, beforeEnd, now, j, nowEnd)) {
                    compareAt(before, i, beforeEnd, now, j, nowEnd, gone, came);
                }
                i = beforeEnd;
                j = nowEnd;
            }
        }
        return new Recomputed(now, basis, gone, came);
    }

    /**
     * The suggestions of one span, {@code from} to {@code to} before and {@code nowFrom} to {@code nowTo} now: those
     * only before went, those only now came, if the rest keep their order. Walked in place, without a stream, a list
     * or a view per span: a new model's suggestions differ at many spans, and so does a tag's propagation, at every
     * place of its words (decisions 0050, 0055).
     */
    private static void compareAt(List<Suggestion> before, int from, int to, List<Suggestion> now, int nowFrom,
                                  int nowTo, Places gone, Places came) {
        boolean inOrder = sameKeptOrder(before, from, to, now, nowFrom, nowTo);
        for (int k = from; k < to; k++) {
            if (!inOrder || !contains(now, nowFrom, nowTo, before.get(k))) {
                gone.add(k);
            }
        }
        for (int k = nowFrom; k < nowTo; k++) {
            if (!inOrder || !contains(before, from, to, now.get(k))) {
                came.add(k);
            }
        }
    }

    /** Whether the suggestions in both stretches, those in the other one, are the same in the same order. */
    private static boolean sameKeptOrder(List<Suggestion> before, int from, int to, List<Suggestion> now,
                                         int nowFrom, int nowTo) {
        int i = from;
        int j = nowFrom;
        while (true) {
            while (i < to && !contains(now, nowFrom, nowTo, before.get(i))) {
                i++;
            }
            while (j < nowTo && !contains(before, from, to, now.get(j))) {
                j++;
            }
            if (i == to || j == nowTo) {
                return i == to && j == nowTo;
            }
            if (!before.get(i).equals(now.get(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    private static boolean contains(List<Suggestion> suggestions, int from, int to, Suggestion suggestion) {
        for (int k = from; k < to; k++) {
            if (suggestions.get(k).equals(suggestion)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two stretches hold the same suggestions in the same order, compared where they lie. */
    private static boolean same(List<Suggestion> before, int from, int to, List<Suggestion> now, int nowFrom,
                                int nowTo) {
        if (to - from != nowTo - nowFrom) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if (!before.get(from + k).equals(now.get(nowFrom + k))) {
                return false;
            }
        }
        return true;
    }

    private static int sameSpanEnd(List<Suggestion> suggestions, int from) {
        int end = from + 1;
        while (end < suggestions.size() && suggestions.get(end).span().equals(suggestions.get(from).span())) {
            end++;
        }
        return end;
    }

    private static boolean inTextOrder(List<Suggestion> suggestions) {
        for (int i = 1; i < suggestions.size(); i++) {
            if (suggestions.get(i - 1).span().compareTo(suggestions.get(i).span()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the suggestions left of both lists, without those that went and came, are the same in order. */
    private static boolean keptInOrder(List<Suggestion> before, Places gone, List<Suggestion> now, Places came) {
        if (before.size() - gone.size() != now.size() - came.size()) {
            return false;
        }
        int goneAt = 0;
        int cameAt = 0;
        int j = 0;
        for (int i = 0; i < before.size(); i++) {
            if (goneAt < gone.size() && gone.get(goneAt) == i) {
                goneAt++;
                continue;
            }
            while (cameAt < came.size() && came.get(cameAt) == j) {
                cameAt++;
                j++;
            }
            if (!before.get(i).equals(now.get(j))) {
                return false;
            }
            j++;
        }
        return true;
    }
}
