package app.hamish.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.hamish.model.Label;
import app.hamish.model.OfferedChange;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Suggestions computed again change the offered list by what differs alone: a suggestion offered before and again,
 * at a span where another one changed, neither goes nor comes, so the list the analyst steps through keeps its place.
 */
class RecomputedTest {
    private static final String[] LABELS = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};

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

    /**
     * A key's change as the service hands it over, naming the suggestions it computed again, some of them the same as
     * before: compared there alone, the list changes by exactly what a comparison of both lists whole finds.
     */
    @Test
    void aChangeComparedWhereItWasComputedAgainIsTheWholeComparison() {
        Random random = new Random(5);
        List<Suggestion> offered = offered(random);
        for (int step = 0; step < 300; step++) {
            OfferedChange change = changeOf(offered, random);
            assertSame(Recomputed.between(offered, step, change.offered()),
                    Recomputed.within(offered, step, change), "step " + step);
            offered = change.offered();
        }
    }

    /**
     * Changes computed but overtaken before they were shown, joined to the next one: compared from the list shown,
     * the result is the whole comparison of that list with the last one.
     */
    @Test
    void changesJoinedAreComparedAsTheWholeComparisonFromTheListShown() {
        Random random = new Random(9);
        for (int step = 0; step < 200; step++) {
            List<Suggestion> shown = offered(random);
            OfferedChange joined = changeOf(shown, random);
            for (int more = random.nextInt(3); more >= 0; more--) {
                joined = joined.then(changeOf(joined.offered(), random));
            }
            assertSame(Recomputed.between(shown, step, joined.offered()), Recomputed.within(shown, step, joined),
                    "step " + step);
        }
    }

    private static void assertSame(Recomputed whole, Recomputed within, String when) {
        assertArrayEquals(places(whole.gone()), places(within.gone()), "gone, " + when);
        assertArrayEquals(places(whole.came()), places(within.came()), "came, " + when);
        assertEquals(whole.all(), within.all(), when);
    }

    private static Suggestion random(Random random, int from, int width) {
        int start = from + random.nextInt(width);
        return new Suggestion(1, new Span(start, start + 1 + random.nextInt(8)), LABELS[random.nextInt(3)], null,
                SuggestionSource.PROPAGATION, "w" + random.nextInt(4));
    }

    /** Suggestions in text order, each span and label once, as offered. */
    private static List<Suggestion> offered(Random random) {
        List<Suggestion> all = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            all.add(random(random, 0, 600));
        }
        return settled(all);
    }

    private static List<Suggestion> settled(List<Suggestion> proposed) {
        List<Suggestion> sorted = new ArrayList<>(proposed);
        sorted.sort(Comparator.comparing(Suggestion::span));
        List<Suggestion> once = new ArrayList<>();
        for (Suggestion suggestion : sorted) {
            if (once.stream().noneMatch(kept -> kept.span().equals(suggestion.span())
                    && kept.label().equals(suggestion.label()))) {
                once.add(suggestion);
            }
        }
        return once;
    }

    /**
     * What a key does to the list, as the service computes it: at a few stretches every suggestion is computed again,
     * some of them to the same suggestion (a new object), some to others there; the rest is kept.
     */
    private static OfferedChange changeOf(List<Suggestion> before, Random random) {
        List<Span> stretches = new ArrayList<>();
        for (int k = random.nextInt(4); k >= 0; k--) {
            int start = random.nextInt(600);
            stretches.add(new Span(start, start + 1 + random.nextInt(40)));
        }
        List<Suggestion> there = new ArrayList<>();
        int[] went = new int[before.size()];
        int wentSize = 0;
        for (int i = 0; i < before.size(); i++) {
            Suggestion suggestion = before.get(i);
            if (stretches.stream().anyMatch(stretch -> stretch.overlaps(suggestion.span()))) {
                went[wentSize++] = i;
                if (random.nextBoolean()) {
                    there.add(new Suggestion(suggestion.articleId(), suggestion.span(), suggestion.label(),
                            suggestion.subtype(), suggestion.source(), suggestion.cue()));
                }
            }
        }
        for (Span stretch : stretches) {
            for (int k = random.nextInt(3); k > 0; k--) {
                there.add(random(random, stretch.start(), stretch.length()));
            }
        }
        there = settled(there);
        List<Suggestion> now = new ArrayList<>();
        int[] came = new int[there.size()];
        int i = 0;
        int j = 0;
        int goneAt = 0;
        while (i < before.size() || j < there.size()) {
            if (goneAt < wentSize && went[goneAt] == i) {
                goneAt++;
                i++;
            } else if (j == there.size()
                    || i < before.size() && before.get(i).span().compareTo(there.get(j).span()) <= 0) {
                now.add(before.get(i++));
            } else {
                came[j++] = now.size();
                now.add(there.get(j - 1));
            }
        }
        return OfferedChange.between(before, List.copyOf(now), went, wentSize, came, there.size());
    }

    private static int[] places(Places places) {
        int[] values = new int[places.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = places.get(k);
        }
        return values;
    }
}
