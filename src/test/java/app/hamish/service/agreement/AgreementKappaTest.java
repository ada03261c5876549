package app.hamish.service.agreement;

import static app.hamish.service.agreement.Annotating.MONA;
import static app.hamish.service.agreement.Annotating.SAMIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.service.agreement.ConfusionTable.Cell;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cohen's kappa over word tokens, checked against computations done by hand in the comments. */
class AgreementKappaTest {
    /** Ten tokens t0..t9; the comma, the guillemets and the full stop are no tokens. */
    private static final String TEN_WORDS = "قال الوزير إن الحكومة، ستعلن «خطة» جديدة غداً في القاهرة.";

    private final Annotating article = new Annotating(1, TEN_WORDS);

    private TokenKappa kappa() {
        return new TokenKappa(TokenKappa.tokens(article.text()), article.of(MONA), article.of(SAMIR));
    }

    @Test
    void tokensAreWordsWithTheirMarksWithoutPunctuation() {
        List<String> words = TokenKappa.tokens(article.text()).stream().map(article.text()::slice).toList();
        assertThat(words).containsExactly("قال", "الوزير", "إن", "الحكومة", "ستعلن", "خطة", "جديدة", "غداً", "في",
                "القاهرة");
    }

    @Test
    void tokensAreInCodePointsAndKeepSurrogatePairsWhole() {
        // U+1F642 is a symbol, no word; U+1D400 and U+1D401 (mathematical bold A, B) are letters outside the BMP.
        Annotating emoji = new Annotating(2, "\uD83D\uDE42\uD835\uDC00\uD835\uDC01 مرحبا");
        assertThat(TokenKappa.tokens(emoji.text())).containsExactly(new Span(1, 3), new Span(4, 9));
    }

    /**
     * Mona: ENTITY over t0..t3 (one span). Samir: ENTITY over t1..t2 and over t5.
     *
     * <pre>
     *                 Samir E   Samir O
     *   Mona E           2         2        (t1 t2 | t0 t3)
     *   Mona O           1         5        (t5    | t4 t6 t7 t8 t9)
     *
     *   po = (2 + 5) / 10                       = 0.7
     *   pe = 0.4 · 0.3 + 0.6 · 0.7 = 0.12 + 0.42 = 0.54
     *   kappa = (0.7 − 0.54) / (1 − 0.54) = 0.16 / 0.46 = 0.3478
     * </pre>
     */
    @Test
    void perLabelKappaMatchesTheHandComputation() {
        article.add(MONA, Label.ENTITY, "قال الوزير إن الحكومة");
        article.add(SAMIR, Label.ENTITY, "الوزير إن");
        article.add(SAMIR, Label.ENTITY, "خطة");
        ConfusionTable table = kappa().forLabel(Label.ENTITY);
        assertThat(table.counts()).isEqualTo(Map.of(new Cell("ENTITY", "ENTITY"), 2L, new Cell("ENTITY", "O"), 2L,
                new Cell("O", "ENTITY"), 1L, new Cell("O", "O"), 5L));
        assertThat(table.observedAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(table.expectedAgreement()).isCloseTo(0.54, within(1e-12));
        assertThat(table.kappa()).isCloseTo(0.3478, within(0.00005));
        assertThat(kappa().forLabel(Label.CLAIM).kappa()).as("neither used CLAIM: all O, agreed").isEqualTo(1.0);
    }

    /**
     * Mona: CLAIM over t0..t2, ENTITY on t1 and on t5. Samir: CLAIM over t0..t1, ENTITY on t1 and over t4..t5.
     *
     * <pre>
     *   token   t0     t1            t2     t3  t4      t5      t6..t9
     *   Mona    CLAIM  CLAIM+ENTITY  CLAIM  O   O       ENTITY  O
     *   Samir   CLAIM  CLAIM+ENTITY  O      O   ENTITY  ENTITY  O
     *
     *   agreeing: t0, t1, t3, t5, t6..t9 = 8       po = 0.8
     *   Mona:  CLAIM 2, CLAIM+ENTITY 1, ENTITY 1, O 6
     *   Samir: CLAIM 1, CLAIM+ENTITY 1, ENTITY 2, O 6
     *   pe = (2·1 + 1·1 + 1·2 + 6·6) / 100 = 0.41
     *   kappa = (0.8 − 0.41) / (1 − 0.41) = 0.39 / 0.59 = 0.6610
     * </pre>
     */
    @Test
    void allLabelsKappaTakesTheSetOfLabelsAsTheCategory() {
        article.add(MONA, Label.CLAIM, "قال الوزير إن");
        article.add(MONA, Label.ENTITY, "الوزير");
        article.add(MONA, Label.ENTITY, "خطة");
        article.add(SAMIR, Label.CLAIM, "قال الوزير");
        article.add(SAMIR, Label.ENTITY, "الوزير");
        article.add(SAMIR, Label.ENTITY, "ستعلن «خطة");
        ConfusionTable table = kappa().allLabels();
        assertThat(table.counts()).containsEntry(new Cell("CLAIM+ENTITY", "CLAIM+ENTITY"), 1L)
                .containsEntry(new Cell("CLAIM", "O"), 1L).containsEntry(new Cell("O", "ENTITY"), 1L)
                .containsEntry(new Cell("O", "O"), 5L);
        assertThat(table.total()).isEqualTo(10);
        assertThat(table.observedAgreement()).isCloseTo(0.8, within(1e-12));
        assertThat(table.expectedAgreement()).isCloseTo(0.41, within(1e-12));
        assertThat(table.kappa()).isCloseTo(0.6610, within(0.00005));
    }

    @Test
    void aTokenIsInsideASpanThatCoversAnyOfItsCharacters() {
        Annotating clitic = new Annotating(3, "وصل الوفد والقاهرة تنتظر");
        clitic.add(MONA, Label.ENTITY, "القاهرة"); // inside the one token والقاهرة
        clitic.add(SAMIR, Label.ENTITY, "والقاهرة");
        clitic.add(MONA, Label.CLAIM, "الوفد و"); // ends one character into the same token
        TokenKappa kappa = new TokenKappa(TokenKappa.tokens(clitic.text()), clitic.of(MONA), clitic.of(SAMIR));
        assertThat(kappa.forLabel(Label.ENTITY).counts())
                .isEqualTo(Map.of(new Cell("ENTITY", "ENTITY"), 1L, new Cell("O", "O"), 3L));
        assertThat(kappa.allLabels().counts()).containsEntry(new Cell("CLAIM+ENTITY", "ENTITY"), 1L)
                .containsEntry(new Cell("CLAIM", "O"), 1L);
    }

    @Test
    void aSpanOverPunctuationAloneCoversNoToken() {
        article.add(MONA, Label.CLAIM, "«");
        assertThat(kappa().forLabel(Label.CLAIM).counts()).isEqualTo(Map.of(new Cell("O", "O"), 10L));
    }

    /** Two emoji (four UTF-16 units) before the spans: offsets taken as UTF-16 would reach into "قال" as well. */
    @Test
    void spansAfterEmojiCoverTheirOwnTokensOnly() {
        Annotating emoji = new Annotating(4, "\uD83D\uDD34\uD83D\uDD34 عاجل: قال الوزير إن القاهرة ترفض");
        emoji.add(MONA, Label.ENTITY, "الوزير");
        emoji.add(SAMIR, Label.ENTITY, "الوزير");
        assertThat(emoji.span("الوزير")).isEqualTo(new Span(13, 19));
        ConfusionTable table = new TokenKappa(TokenKappa.tokens(emoji.text()), emoji.of(MONA), emoji.of(SAMIR))
                .forLabel(Label.ENTITY);
        assertThat(table.counts()).isEqualTo(Map.of(new Cell("ENTITY", "ENTITY"), 1L, new Cell("O", "O"), 5L));
        assertThat(table.kappa()).isEqualTo(1.0);
    }

    @Test
    void withoutTokensKappaIsNotANumber() {
        assertThat(ConfusionTable.EMPTY.kappa()).isNaN();
        assertThat(ConfusionTable.EMPTY.observedAgreement()).isNaN();
        assertThat(ConfusionTable.EMPTY.expectedAgreement()).isNaN();
        assertThat(new TokenKappa(TokenKappa.tokens(new Annotating(5, "… ،").text()), List.of(), List.of())
                .allLabels().kappa()).isNaN();
    }

    /** Each annotator put everything in a category of their own: po = 0, pe = 0, kappa = 0; swapped, −1. */
    @Test
    void kappaIsZeroForChanceAndNegativeBelowIt() {
        assertThat(new ConfusionTable(Map.of(new Cell("A", "B"), 4L)).kappa()).isZero();
        ConfusionTable crossed = new ConfusionTable(Map.of(new Cell("E", "O"), 1L, new Cell("O", "E"), 1L));
        assertThat(crossed.kappa()).isEqualTo(-1.0);
        assertThat(crossed.plus(ConfusionTable.agreeing("O", 0))).isEqualTo(crossed);
    }
}
