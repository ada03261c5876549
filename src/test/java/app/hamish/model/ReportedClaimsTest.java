package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Claims introduced by a reporting verb and أن/إن, on sentences from {@code seeds/} and made-up ones. */
class ReportedClaimsTest {
    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments("وأكدت المصادر أن القاهرة لم تكن على علم مسبق بالضربة. ثم",
                        List.of("القاهرة لم تكن على علم مسبق بالضربة")),
                arguments("كشف موقع “العربي الجديد” عن مصادر دبلوماسية مصرية -لم يسمها- أن القاهرة تلقت تحذيرات.",
                        List.of("القاهرة تلقت تحذيرات")),
                arguments("وأشارت إلى أن المحادثات غير المعلنة جرت وسط تكـ.ـتم رسمي من البلدين.",
                        List.of("المحادثات غير المعلنة جرت وسط تكـ.ـتم رسمي من البلدين")), // no sentence end
                arguments("وقالت «الصحيفة»: إن “الوفد وصل أمس”", List.of("الوفد وصل أمس")), // quotes trimmed
                arguments("وأفادت بأن الوفد وصل\nوفي سطر آخر كلام", List.of("الوفد وصل")), // بأن; a line ends it
                arguments("قال إنه", List.of()), // one word is not a claim
                arguments("وأضاف لأن الوفد وصل متأخرا", List.of()), // لأن is "because"
                arguments("قال الوزير. إن الوفد وصل", List.of()), // not across a sentence
                arguments("قال المتحدث باسم وزارة الخارجية في مؤتمر صحفي عقده اليوم في القاهرة إن الوفد وصل",
                        List.of())); // too far from the verb
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void theClauseAfterAReportingVerbAndThatIsProposed(String text, List<String> expected) {
        Article article = SuggestionFinderTest.article(text);
        List<Suggestion> found = ReportedClaims.find(article, ArabicNormalizer.normalize(article.text()));
        assertThat(found).extracting(suggestion -> article.text().slice(suggestion.span()))
                .containsExactlyElementsOf(expected);
        assertThat(found).allSatisfy(suggestion -> {
            assertThat(suggestion.label()).isEqualTo(Label.CLAIM);
            assertThat(suggestion.source()).isEqualTo(SuggestionSource.REPORTING);
        });
    }
}
