package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lexicon cues and propagation, on snippets from {@code seeds/} and made-up ones. */
class SuggestionFinderTest {
    private static final CueLexicon LEXICON = CueLexicon.parse(List.of("""
            # a comment
            مصادر مطلعة
            بحسب
            وفق
            لم يسمها
            نقلت ... عن
            """));

    static Stream<Arguments> cues() {
        return Stream.of(
                arguments("وبحسب مصادر مطلعة، فإن", List.of("بحسب", "مصادر مطلعة")), // proclitic و
                arguments("قالت مصادرُ مُطَّلِعَةٌ إن", List.of("مصادرُ مُطَّلِعَةٌ")), // harakat
                arguments("مصادر مطلعه", List.of("مصادر مطلعه")), // ha for ta marbuta
                arguments("عن مصادر دبلوماسية مصرية -لم يسمها- أن", List.of("لم يسمها")),
                arguments("نقلت صحيفة الشرق الأوسط عن مسؤول", List.of("نقلت صحيفة الشرق الأوسط عن")),
                arguments("نقلت الوكالة الخبر. وتحدث عن", List.of()), // a gap never crosses a sentence end
                arguments("نقلت 1 2 3 4 5 6 7 8 9 10 عن", List.of()), // nor runs past eight words
                arguments("وفقا للقانون", List.of()), // وفق is a whole word; وفقا needs its own line
                arguments("كان موفقا في بحسبان", List.of()), // not inside other words
                arguments("ولمصادر مطلعة", List.of("مصادر مطلعة"))); // two proclitics
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cues")
    void lexiconFindsWholeCues(String text, List<String> expected) {
        Article article = article(text);
        List<String> found = new SuggestionFinder(LEXICON)
                .lexicon(article, ArabicNormalizer.normalize(article.text())).stream()
                .map(suggestion -> article.text().slice(suggestion.span())).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void propagationProposesTheSameLabelOnOtherSpellings() {
        String text = "زار مملوك القاهرة، ثم عاد إلى القاهره والقاهرة والقاهريون";
        Article article = article(text);
        Annotation cairo = annotation(article, "القاهرة", Label.ENTITY, "location");
        List<Suggestion> offered = new SuggestionFinder(LEXICON).offered(article, List.of(cairo), Set.of(), List.of(),
                List.of());
        assertThat(offered).extracting(suggestion -> article.text().slice(suggestion.span()))
                .containsExactly("القاهره", "القاهرة");
        assertThat(offered).allSatisfy(suggestion -> {
            assertThat(suggestion.label()).isEqualTo(Label.ENTITY);
            assertThat(suggestion.subtype()).isEqualTo("location");
            assertThat(suggestion.source()).isEqualTo(SuggestionSource.PROPAGATION);
            assertThat(suggestion.toAnnotation(7).provenance()).isEqualTo(Provenance.SUGGESTED);
        });
    }

    /**
     * Two spellings of one name, each annotated, propose its places together: each place once, by the first
     * annotation not there, with that annotation's spelling as the cue (decision 0100). Apart, the place neither
     * annotation holds was proposed twice, and settling dropped the second.
     */
    @Test
    void spellingsOfOneStringProposeEachPlaceOnce() {
        String text = "زار مملوك القاهرة، ثم عاد إلى القاهره والقاهرة";
        Article article = article(text);
        Annotation cairo = annotation(article, "القاهرة", Label.ENTITY, "location");
        Annotation spelledOtherwise = annotation(article, "القاهره", Label.ENTITY, "location");
        SuggestionFinder finder = new SuggestionFinder(LEXICON);
        List<Suggestion> proposed = finder.propagation(article, ArabicNormalizer.normalize(article.text()),
                List.of(cairo, spelledOtherwise));
        int last = text.lastIndexOf("القاهرة");
        assertThat(proposed).extracting(suggestion -> suggestion.span().start(), Suggestion::cue).containsExactly(
                tuple(spelledOtherwise.span().start(), "القاهرة"), tuple(last, "القاهرة"),
                tuple(cairo.span().start(), "القاهره"));
        assertThat(finder.offered(article, List.of(cairo, spelledOtherwise), Set.of(), List.of(), List.of()))
                .extracting(suggestion -> suggestion.span().start(), Suggestion::cue)
                .containsExactly(tuple(last, "القاهرة"));
    }

    /**
     * An annotation that takes in the invisible mark after its word is still at its word: it proposes the word's
     * other places, not its own (its core found once per annotation, decision 0075).
     */
    @Test
    void anAnnotationTakingInAMarkProposesItsWordElsewhereOnly() {
        Article article = article("زار مملوك\u200F القاهرة ثم عاد مملوك");
        Annotation marked = annotation(article, "مملوك\u200F", Label.ENTITY, null);
        List<Suggestion> proposed = new SuggestionFinder(LEXICON).propagation(article,
                ArabicNormalizer.normalize(article.text()), List.of(marked));
        assertThat(proposed).extracting(suggestion -> suggestion.span().start())
                .containsExactly(article.text().codePointLength() - "مملوك".length());
    }

    @Test
    void rejectedAndAlreadyAnnotatedSpansAreNotOfferedAgain() {
        String text = "بحسب مصادر مطلعة ثم بحسب مصادر مطلعة";
        Article article = article(text);
        Annotation first = annotation(article, "مصادر مطلعة", Label.UNVERIFIED_SOURCE, null);
        SuggestionFinder finder = new SuggestionFinder(LEXICON);
        List<Suggestion> offered = finder.offered(article, List.of(first), Set.of(), List.of(), List.of());
        assertThat(offered).extracting(suggestion -> suggestion.span().start()).containsExactly(0, 20, 25);
        assertThat(offered.get(2).source()).as("one suggestion per span, whichever source found it first")
                .isEqualTo(SuggestionSource.PROPAGATION);

        Set<SuggestionFinder.Rejection> rejected = Set.of(SuggestionFinder.Rejection.of(offered.getFirst()));
        assertThat(finder.offered(article, List.of(first), rejected, List.of(), List.of())).extracting(s -> s.span().start())
                .containsExactly(20, 25);
    }

    @Test
    void eachSpanAndLabelIsOfferedOnceFromTheFirstThatProposedItInTextOrder() {
        Suggestion claimLater = suggestion(5, Label.CLAIM, SuggestionSource.PROPAGATION);
        Suggestion entityFirst = suggestion(0, Label.ENTITY, SuggestionSource.RECOMMENDER);
        Suggestion entityLater = suggestion(5, Label.ENTITY, SuggestionSource.LEXICON);
        List<Suggestion> proposed = List.of(claimLater, entityFirst, entityLater,
                suggestion(5, Label.CLAIM, SuggestionSource.REPORTING),
                suggestion(0, Label.ENTITY, SuggestionSource.PROPAGATION),
                suggestion(5, Label.ENTITY, SuggestionSource.CORPUS));
        assertThat(SuggestionFinder.settle(proposed, Set.of(), List.of()))
                .as("by span; of one span, labels in the order first proposed, each from its first proposer")
                .containsExactly(entityFirst, claimLater, entityLater);
    }

    private static Suggestion suggestion(int start, String label, SuggestionSource source) {
        return new Suggestion(1, new Span(start, start + 3), label, null, source, "");
    }

    @Test
    void userLinesExtendTheDefaultsOnce() {
        CueLexicon lexicon = CueLexicon.parse(List.of("بحسب\nوفق", "وفق\nمراقبون\n\n# mine"));
        assertThat(lexicon.size()).isEqualTo(3);
    }

    static Article article(String text) {
        return new Article(1, "a", "", "", ArticleText.of(text), "0", ScriptDirection.RTL, "{}", Instant.EPOCH);
    }

    private static Annotation annotation(Article article, String text, String label, String subtype) {
        int at = article.text().value().indexOf(text);
        return new Annotation(1, article.id(), 1, article.text().spanFromUtf16(at, at + text.length()), label,
                subtype, "", Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH);
    }
}
