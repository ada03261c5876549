package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Suggestions put in text order as a stable sort by span puts them, whether their starts are dense (a whole
 * article's, counted into place) or spread (a key's few), with many of one span and many of one start.
 */
class SpanOrderTest {
    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {40, 2_000, 1_000_000})
    void putsSuggestionsInTheOrderOfAStableSortBySpan(int characters) {
        Random random = new Random(characters);
        List<Suggestion> suggestions = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            int start = random.nextInt(characters);
            // Every tenth at one busy start, so that one start holds more than a handful of ends.
            int at = k % 10 == 0 ? characters / 2 : start;
            suggestions.add(new Suggestion(1, new Span(at, at + 1 + random.nextInt(6)), "label" + random.nextInt(3),
                    null, SuggestionSource.PROPAGATION, "proposed " + k));
        }
        List<Suggestion> expected = new ArrayList<>(suggestions);
        expected.sort(Comparator.comparing(Suggestion::span));

        SpanOrder.sort(suggestions);

        assertThat(suggestions).containsExactlyElementsOf(expected);
    }
}
