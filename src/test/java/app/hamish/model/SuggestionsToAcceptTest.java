package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Shift+Y takes: in text order, the longer of two starting together, nothing a taken one of its label overlaps. */
class SuggestionsToAcceptTest {
    private static final Suggestion UNIVERSITY = entity(10, 20);
    private static final Suggestion UNIVERSITY_WORD = entity(10, 15);
    private static final Suggestion CITY = entity(16, 20);
    private static final Suggestion CLAIM = new Suggestion(1, new Span(0, 30), Label.CLAIM, null,
            SuggestionSource.REPORTING, "قال");
    private static final Suggestion LATER = entity(40, 45);

    @Test
    void overlappingSuggestionsOfOneLabelAreTakenOnceTheLongerFirst() {
        assertThat(SuggestionsToAccept.of(List.of(LATER, CITY, UNIVERSITY_WORD, CLAIM, UNIVERSITY), null))
                .containsExactly(CLAIM, UNIVERSITY, LATER);
    }

    @Test
    void withASpanOnlyWhatLiesWhollyInsideIt() {
        assertThat(SuggestionsToAccept.of(List.of(CLAIM, UNIVERSITY, LATER), new Span(5, 41)))
                .containsExactly(UNIVERSITY);
    }

    private static Suggestion entity(int start, int end) {
        return new Suggestion(1, new Span(start, end), Label.ENTITY, null, SuggestionSource.CORPUS, "x");
    }
}
