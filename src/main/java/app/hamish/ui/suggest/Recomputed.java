package app.hamish.ui.suggest;

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
record Recomputed(List<Suggestion> all, long basis, List<Integer> gone, List<Integer> came) {
    static Recomputed between(List<Suggestion> before, long basis, List<Suggestion> now) {
        Set<Suggestion> kept = new HashSet<>(now);
        Set<Suggestion> had = new HashSet<>(before);
        List<Integer> gone = new ArrayList<>();
        List<Integer> came = new ArrayList<>();
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
            return new Recomputed(now, basis, places(before.size()), places(now.size()));
        }
        return new Recomputed(now, basis, gone, came);
    }

    /** Whether the suggestions left of both lists, without those that went and came, are the same in order. */
    private static boolean keptInOrder(List<Suggestion> before, List<Integer> gone, List<Suggestion> now,
                                       List<Integer> came) {
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

    private static List<Integer> places(int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }
}
