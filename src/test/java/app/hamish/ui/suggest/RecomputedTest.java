package app.hamish.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestions computed again change the offered list by what differs alone: a suggestion offered before and again,
 * at a span where another one changed, neither goes nor comes, so the list the analyst steps through keeps its place.
 */
class RecomputedTest {
    private static Suggestion at(int start, String label, String cue) {
        return new Suggestion(1, new Span(start, start + 5), label, null, SuggestionSource.CORPUS, cue);
    }

    @Test
    void onlyTheSuggestionThatChangedAtASpanGoesAndComes() {
        Suggestion kept = at(0, Label.ENTITY, "first");
        Suggestion went = at(0, Label.CLAIM, "second");
        Suggestion came = at(0, Label.UNVERIFIED_SOURCE, "third");
        Suggestion elsewhere = at(10, Label.ENTITY, "fourth");

        Recomputed recomputed = Recomputed.between(List.of(kept, went, elsewhere), 7, List.of(kept, came, elsewhere));

        assertArrayEquals(new int[] {1}, places(recomputed.gone()));
        assertArrayEquals(new int[] {1}, places(recomputed.came()));
        assertEquals(List.of(kept, came, elsewhere), recomputed.all());
    }

    @Test
    void suggestionsOfASpanInAnotherOrderAllGoAndCome() {
        Suggestion first = at(0, Label.ENTITY, "first");
        Suggestion second = at(0, Label.CLAIM, "second");
        Suggestion third = at(0, Label.UNVERIFIED_SOURCE, "third");

        Recomputed recomputed = Recomputed.between(List.of(first, second), 7, List.of(second, first, third));

        assertArrayEquals(new int[] {0, 1}, places(recomputed.gone()));
        assertArrayEquals(new int[] {0, 1, 2}, places(recomputed.came()));
    }

    private static int[] places(Places places) {
        int[] values = new int[places.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = places.get(k);
        }
        return values;
    }
}
