package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text source is hidden once it was wrong more often than right over at least ten proposals in gold, counted at
 * the boundary-tolerant level, and only for labels that gold has somewhere.
 */
class SourcePrecisionTest {
    private static final String LRM = "\u200E";
    /** Ten words, each with a mark before it, as gold from another tool has them. */
    private static final ArticleText TEXT = ArticleText.of((LRM + "كلمة ").repeat(10));

    @Test
    void aSourceRightFourTimesInTenIsImpreciseAndFiveInTenIsNot() {
        assertThat(measured(4, 10).imprecise()).containsOnlyKeys(SuggestionSource.LEXICON)
                .containsValue(new SourcePrecision.Count(10, 4));
        assertThat(measured(5, 10).imprecise()).as("as often right as wrong").isEmpty();
        assertThat(measured(0, 9).imprecise()).as("too few proposals to say").isEmpty();
    }

    @Test
    void aGoldSpanThatTakesInTheMarkStillCountsTheWordAsRight() {
        List<Suggestion> proposed = words(10, SuggestionSource.LEXICON, Label.UNVERIFIED_SOURCE);
        List<ExportedAnnotation> gold = proposed.stream().map(suggestion -> gold(
                new Span(suggestion.span().start() - 1, suggestion.span().end()), Label.UNVERIFIED_SOURCE)).toList();
        assertThat(SourcePrecision.NONE.plus(TEXT, proposed, gold).imprecise()).isEmpty();
    }

    @Test
    void claimsAreNotJudgedWhereGoldMarksNone() {
        List<Suggestion> claims = words(10, SuggestionSource.REPORTING, Label.CLAIM);
        SourcePrecision entitiesOnly = SourcePrecision.NONE.plus(TEXT, claims,
                List.of(gold(claims.getFirst().span(), Label.ENTITY)));
        assertThat(entitiesOnly.imprecise()).isEmpty();
        SourcePrecision withClaims = entitiesOnly.plus(SourcePrecision.NONE.plus(ArticleText.of("ادعاء"), List.of(),
                List.of(gold(new Span(0, 5), Label.CLAIM))));
        assertThat(withClaims.imprecise()).containsOnlyKeys(SuggestionSource.REPORTING);
    }

    /** The lexicon proposing {@code proposed} words, of which gold has the first {@code right}. */
    private static SourcePrecision measured(int right, int proposed) {
        List<Suggestion> suggestions = words(proposed, SuggestionSource.LEXICON, Label.UNVERIFIED_SOURCE);
        List<ExportedAnnotation> gold = new ArrayList<>();
        for (int i = 0; i < right; i++) {
            gold.add(gold(suggestions.get(i).span(), Label.UNVERIFIED_SOURCE));
        }
        return SourcePrecision.NONE.plus(TEXT, suggestions, gold);
    }

    /** The first {@code count} words of the text, without their marks, proposed by {@code source}. */
    private static List<Suggestion> words(int count, SuggestionSource source, String label) {
        List<Suggestion> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = i * 6 + 1;
            words.add(new Suggestion(1, new Span(start, start + 4), label, null, source, "cue"));
        }
        return words;
    }

    private static ExportedAnnotation gold(Span span, String label) {
        return new ExportedAnnotation(0, span, label, null, "", "gold", null, ReviewStatus.ACCEPTED, "", null, "",
                null, span, span, List.of(), "");
    }
}
