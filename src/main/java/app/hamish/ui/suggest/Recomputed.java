package app.hamish.ui.suggest;

import app.hamish.model.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggestions computed again, beside those offered when the computation began: the places in the old list of those
 * that went and in the new list of those that came, worked out in the background so that the FX thread changes the
 * offered list by those alone, not by the long article's hundreds of thousands (decision 0034). Without places
 * ({@link #whole()}) there were too many changes, and the new list is shown whole.
 *
 * @param basis how many changes the offered list had seen when the computation began
 */
record Recomputed(List<Suggestion> all, long basis, List<Integer> gone, List<Integer> came) {
    static Recomputed between(List<Suggestion> before, long basis, List<Suggestion> now, int fewChanges) {
        Set<Suggestion> kept = new HashSet<>(now);
        Set<Suggestion> had = new HashSet<>(before);
        List<Integer> gone = new ArrayList<>();
        List<Integer> came = new ArrayList<>();
        for (int i = 0; i < before.size() && gone.size() <= fewChanges; i++) {
            if (!kept.contains(before.get(i))) {
                gone.add(i);
            }
        }
        for (int i = 0; i < now.size() && gone.size() + came.size() <= fewChanges; i++) {
            if (!had.contains(now.get(i))) {
                came.add(i);
            }
        }
        return gone.size() + came.size() > fewChanges ? new Recomputed(now, basis, null, null)
                : new Recomputed(now, basis, gone, came);
    }

    boolean whole() {
        return gone == null;
    }
}
