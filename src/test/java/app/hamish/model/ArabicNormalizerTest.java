package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matching normaliser, rule by rule; then find, whose matches must be the original text. */
class ArabicNormalizerTest {

    static Stream<Arguments> foldings() {
        return Stream.of(
                arguments("alef with hamza above", "أحمد", "احمد"),
                arguments("alef with hamza below", "إيران", "ايران"),
                arguments("alef madda", "آرام", "ارام"),
                arguments("alef wasla", "ٱلله", "الله"),
                arguments("alef maqsura", "مصطفى", "مصطفي"),
                arguments("ta marbuta", "القاهرة", "القاهره"),
                arguments("hamza on waw", "مسؤول", "مسوول"),
                arguments("hamza on ya", "مسئول", "مسيول"),
                arguments("standalone hamza dropped", "شيء", "شي"),
                arguments("standalone hamza inside a word", "القرءان", "القران"),
                arguments("tatweel", "بـ59", "ب59"),
                arguments("long tatweel", "السعرانـــــــــة", "السعرانه"),
                arguments("harakat, shadda, tanween", "مُحَمَّدٌ", "محمد"),
                arguments("sukun and kasra", "لَمْ تأتِ", "لم تات"),
                arguments("superscript alef", "هٰذا", "هذا"),
                arguments("hamza above as a mark", "ا\u0654", "ا"),
                arguments("right-to-left mark", "\u200Fعلي\u200F", "علي"),
                arguments("bidi isolates and embedding", "\u2067علي\u2069 \u202Bمملوك\u202C", "علي مملوك"),
                arguments("Arabic letter mark", "\u061Cعلي", "علي"),
                arguments("zero-width space and joiners", "مم\u200Bلو\u200Dك", "مملوك"),
                arguments("zero-width non-joiner", "می\u200Cخواهم", "میخواهم"),
                arguments("byte-order mark", "\uFEFFعلي", "علي"),
                arguments("Arabic-Indic digits", "١٩٥٨", "1958"),
                arguments("Persian digits", "۱۴۰۲", "1402"),
                arguments("tatweel-dot-tatweel", "مواجـ.ـهة", "مواجهه"),
                arguments("tatweel-dot-tatweel", "السـ.ـرية", "السريه"),
                arguments("a full stop stays", "تركيا.", "تركيا."),
                arguments("two dots after tatweel stay", "السعرانـ..ايه", "السعران..ايه"),
                arguments("white space runs collapse", "مصادر \u00A0\n مطلعة", "مصادر مطلعه"),
                arguments("leading white space goes", "  علي", "علي"),
                arguments("Latin lower-cased", "Tomahawk NATO", "tomahawk nato"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("foldings")
    void folds(String rule, String original, String normalised) {
        assertThat(ArabicNormalizer.normalize(ArticleText.of(original)).value()).isEqualTo(normalised);
    }

    static Stream<Arguments> finds() {
        return Stream.of(
                arguments("لا سيما في مواجـ.ـهة تركيا.", "مواجهة", List.of("مواجـ.ـهة")),
                arguments("أحد أهم أهداف المباحثات السـ.ـرية بين الجانبين", "السرية", List.of("السـ.ـرية")),
                arguments("زار الرئيس مُحَمَّدٌ القاهرة", "محمد", List.of("مُحَمَّدٌ")),
                arguments("قال \u200Fمصادر  مطلعة\u200F إن", "مصادر مطلعة", List.of("مصادر  مطلعة")),
                arguments("أكد المسوول والمسؤول", "مسؤول", List.of("مسوول", "مسؤول")),
                arguments("أكد المسئول والمسؤول", "مسؤول", List.of("مسئول", "مسؤول")), // either seat
                arguments("أكد المسئول والمسؤول", "مسئول", List.of("مسئول", "مسؤول")),
                arguments("مسيول ومسوول", "مسئول", List.of("مسيول", "مسوول")),
                arguments("الرئيس والرؤساء", "رؤساء", List.of("رؤساء")),
                arguments("عام ١٩٥٨ وعام 1958", "1958", List.of("١٩٥٨", "1958")),
                arguments("إلى القاهرة، الى القاهره", "إلى القاهرة", List.of("إلى القاهرة", "الى القاهره")),
                arguments("نقلت وكالة 𝐀𝐅𝐏 عن مصادر", "عن مصادر", List.of("عن مصادر")), // after supplementary
                arguments("لا شيء هنا", "القاهرة", List.of()),
                arguments("لا شيء هنا", " \u200F ", List.of()));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("finds")
    void findsTheOriginalText(String text, String query, List<String> expected) {
        ArticleText original = ArticleText.of(text);
        List<String> found = ArabicNormalizer.normalize(original).find(query).stream().map(original::slice).toList();
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void matchesAreCodePointSpansAfterSupplementaryCharacters() {
        ArticleText text = ArticleText.of("𝐀𝐅𝐏: مصادر مطلعة");
        Span span = ArabicNormalizer.normalize(text).find("مصادر مطلعه").getFirst();
        assertThat(span).isEqualTo(new Span(5, 16));
        assertThat(text.slice(span)).isEqualTo("مصادر مطلعة");
    }

    @Test
    void theOriginalIsNeverChanged() {
        String text = "مواجـ.ـهة";
        assertThat(ArabicNormalizer.normalize(ArticleText.of(text)).find("مواجهة").getFirst()).isEqualTo(new Span(0, 9));
        assertThat(text).hasSize(9);
    }
}
