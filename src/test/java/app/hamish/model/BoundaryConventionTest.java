package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Suggestions follow the convention for invisible edge marks that the annotations around them show: on text taken
 * from a web page, with a left-to-right mark before nearly every word (and a right-to-left or Arabic letter mark
 * before some), NBSP between words, tatweel and harakat inside them.
 */
class BoundaryConventionTest {
    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";
    private static final String ALM = "\u061C";
    private static final String TEXT = LRM + "زار" + " " + LRM + "مملوك" + " " + LRM + "القاهرةَ" + "،\u00A0" + RLM + "ثم"
            + " " + ALM + "عاد" + " " + LRM + "إلى" + " " + LRM + "القاهـــرة" + " " + LRM + "بحسب" + " " + RLM
            + "مصادرُ" + "\u00A0" + LRM + "مطلعة" + RLM + ".";
    private static final CueLexicon LEXICON = CueLexicon.parse(List.of("مصادر مطلعة\nبحسب"));

    @Test
    void spansThatTakeInTheMarkBeforeTheWordMakeSuggestionsTakeItIn() {
        Article article = SuggestionFinderTest.article(TEXT);
        Annotation imported = annotation(article, LRM + "القاهرةَ");

        List<String> offered = slices(article, new SuggestionFinder(LEXICON).offered(article, List.of(imported),
                Set.of(), List.of(), List.of()));

        assertThat(offered).containsExactly(LRM + "القاهـــرة", LRM + "بحسب", RLM + "مصادرُ" + "\u00A0" + LRM + "مطلعة");
    }

    @Test
    void spansThatStopAtTheWordMakeSuggestionsStopThereAndAMarkAfterTheWordCountsToo() {
        Article article = SuggestionFinderTest.article(TEXT);
        Annotation dragged = annotation(article, "مملوك");
        Annotation withMarkAfter = annotation(article, "مطلعة" + RLM);

        List<String> offered = slices(article, new SuggestionFinder(LEXICON).offered(article,
                List.of(dragged, withMarkAfter), Set.of(), List.of(), List.of()));

        assertThat(offered).as("the start at the word, as a drag makes it; the end over the mark after the word")
                .containsExactly("بحسب", "مصادرُ" + "\u00A0" + LRM + "مطلعة" + RLM);
    }

    @Test
    void withoutEvidenceSuggestionsKeepTheWordRules() {
        Article article = SuggestionFinderTest.article(TEXT);
        BoundaryConvention convention = BoundaryEvidence.of(article.text(), List.of()).convention();
        assertThat(convention).isEqualTo(BoundaryConvention.WORD_RULES);
        Span cue = new Span(TEXT.indexOf("بحسب"), TEXT.indexOf("بحسب") + 4);
        assertThat(convention.apply(article.text(), cue)).isSameAs(cue);
    }

    @Test
    void theMajorityOfSpansDecidesEachEdgeAndATieKeepsTheWordRules() {
        ArticleText text = ArticleText.of(TEXT);
        BoundaryEvidence evidence = BoundaryEvidence.of(text, List.of(span(TEXT, LRM + "زار"),
                span(TEXT, LRM + "مملوك"), span(TEXT, "القاهرةَ"), span(TEXT, "مطلعة" + RLM)));
        assertThat(evidence).isEqualTo(new BoundaryEvidence(2, 2, 1, 0));
        assertThat(evidence.convention()).isEqualTo(new BoundaryConvention(BoundaryConvention.Edge.WORD_RULES,
                BoundaryConvention.Edge.INCLUDED));
        assertThat(evidence.plus(BoundaryEvidence.of(text, List.of(span(TEXT, "عاد")))).convention().leading())
                .as("after an Arabic letter mark").isEqualTo(BoundaryConvention.Edge.EXCLUDED);
    }

    private static List<String> slices(Article article, List<Suggestion> suggestions) {
        return suggestions.stream().map(suggestion -> article.text().slice(suggestion.span())).toList();
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    private static Annotation annotation(Article article, String text) {
        String label = Label.ENTITY;
        return new Annotation(1, article.id(), 1, span(article.text().value(), text), label, "location", "",
                Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH);
    }
}
