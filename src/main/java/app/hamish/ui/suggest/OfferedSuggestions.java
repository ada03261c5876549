package app.hamish.ui.suggest;

import app.hamish.model.Suggestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ModifiableObservableListBase;

/**
 * The offered suggestions as an observable list that can be replaced by a new list as one change naming only the
 * suggestions that went and came. Suggestions computed again on a long article are hundreds of thousands, mostly
 * the same: a {@code setAll} would tell every listener (the article view) all of them, and the view compared them
 * mark by mark on the FX thread (decision 0040). The places are worked out in the background ({@link Recomputed}).
 */
final class OfferedSuggestions extends ModifiableObservableListBase<Suggestion> {
    private List<Suggestion> items = new ArrayList<>();
    /**
     * Whether {@link #items} is also someone else's (a snapshot given out, or the computed list shown as it is):
     * then it is copied before it is changed here. Each key asks for a snapshot, and copying 320,000 suggestions on
     * the FX thread for each was a millisecond and 2.5 MB of garbage.
     */
    private boolean shared;
    /** The computed list last shown, as it was given (it is {@link #items} until this list is changed here). */
    private List<Suggestion> computed;

    /**
     * Shows {@code now}, which is this list without the suggestions at the places {@code gone} (ascending) and with
     * those at the places {@code came} of {@code now} (ascending): the kept ones in the same order in both.
     */
    void replace(List<Suggestion> now, Places gone, Places came) {
        List<Suggestion> before = items;
        computed = now;
        items = Collections.unmodifiableList(now);
        shared = true;
        if (!gone.isEmpty() || !came.isEmpty()) {
            fireChange(new Differences(this, before, gone, came));
        }
    }

    /** The list as it is now, which later changes here leave as it is. */
    List<Suggestion> snapshot() {
        shared = true;
        return Collections.unmodifiableList(items);
    }

    /**
     * The computed list shown, the very list the service gave, while nothing here changed it; else null. A change of
     * that list the service describes applies to this one as it is.
     */
    List<Suggestion> shownAsComputed() {
        return computed;
    }

    private List<Suggestion> writable() {
        computed = null;
        if (shared) {
            items = new ArrayList<>(items);
            shared = false;
        }
        return items;
    }

    @Override
    public Suggestion get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, Suggestion element) {
        writable().add(index, element);
    }

    @Override
    protected Suggestion doSet(int index, Suggestion element) {
        return writable().set(index, element);
    }

    @Override
    protected Suggestion doRemove(int index) {
        return writable().remove(index);
    }

    /**
     * One part per place where suggestions went or came, in ascending order, each at its place in the new list: the
     * suggestions kept before it, then those that came before it.
     */
    private static final class Differences extends ListChangeListener.Change<Suggestion> {
        private final Places from = new Places();
        private final Places to = new Places();
        private final List<List<Suggestion>> removed = new ArrayList<>();
        private int part = -1;

        Differences(OfferedSuggestions list, List<Suggestion> before, Places gone, Places came) {
            super(list);
            int goneAt = 0;
            int cameAt = 0;
            while (goneAt < gone.size() || cameAt < came.size()) {
                // How many kept suggestions precede the next one that went, and the next one that came.
                int keptBeforeGone = goneAt < gone.size() ? gone.get(goneAt) - goneAt : Integer.MAX_VALUE;
                int keptBeforeCame = cameAt < came.size() ? came.get(cameAt) - cameAt : Integer.MAX_VALUE;
                int kept = Math.min(keptBeforeGone, keptBeforeCame);
                List<Suggestion> went = new ArrayList<>();
                while (goneAt < gone.size() && gone.get(goneAt) - goneAt == kept) {
                    went.add(before.get(gone.get(goneAt++)));
                }
                from.add(kept + cameAt);
                while (cameAt < came.size() && came.get(cameAt) - cameAt == kept) {
                    cameAt++;
                }
                to.add(kept + cameAt);
                removed.add(went);
            }
        }

        @Override
        public boolean next() {
            part++;
            return part < from.size();
        }

        @Override
        public void reset() {
            part = -1;
        }

        @Override
        public int getFrom() {
            return from.get(part);
        }

        @Override
        public int getTo() {
            return to.get(part);
        }

        @Override
        public List<Suggestion> getRemoved() {
            return removed.get(part);
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
