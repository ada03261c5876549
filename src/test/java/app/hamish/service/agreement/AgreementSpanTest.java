package app.hamish.service.agreement;

import static app.hamish.service.agreement.Annotating.MONA;
import static app.hamish.service.agreement.Annotating.SAMIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.hamish.model.Label;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Span agreement on hand-built cases whose answers can be checked by eye. */
class AgreementSpanTest {
    private static final String TEXT = "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التدخل في الشأن الليبي";

    private final Annotating article = new Annotating(1, TEXT);

    private SortedMap<String, SpanAgreement> agreement() {
        return SpanAgreement.perLabel(article.text(), article.of(MONA), article.of(SAMIR));
    }

    @Test
    void identicalAnnotatorsAgreeCompletely() {
        for (long annotator : new long[] {MONA, SAMIR}) {
            article.add(annotator, Label.ENTITY, "سامح شكري");
            article.add(annotator, Label.ENTITY, "القاهرة");
            article.add(annotator, Label.CLAIM, "القاهرة ترفض التدخل في الشأن الليبي");
        }
        assertThat(agreement()).containsOnlyKeys(Label.CLAIM, Label.ENTITY);
        assertThat(agreement().get(Label.ENTITY)).isEqualTo(new SpanAgreement(2, 2, 2, 2, 2, 2));
        assertThat(agreement().values()).allSatisfy(spans -> {
            assertThat(spans.exactF1()).isEqualTo(1.0);
            assertThat(spans.overlapF1()).isEqualTo(1.0);
        });
    }

    @Test
    void disjointSpansDoNotAgreeAtAll() {
        article.add(MONA, Label.ENTITY, "سامح شكري");
        article.add(SAMIR, Label.ENTITY, "القاهرة");
        SpanAgreement entity = agreement().get(Label.ENTITY);
        assertThat(entity).isEqualTo(new SpanAgreement(1, 1, 0, 0, 0, 0));
        assertThat(entity.exactF1()).isZero();
        assertThat(entity.overlapF1()).isZero();
    }

    @Test
    void partialOverlapIsNoExactMatchButAFullOverlapMatch() {
        article.add(MONA, Label.ENTITY, "وزير الخارجية المصري سامح شكري");
        article.add(SAMIR, Label.ENTITY, "سامح شكري");
        SpanAgreement entity = agreement().get(Label.ENTITY);
        assertThat(entity).isEqualTo(new SpanAgreement(1, 1, 0, 0, 1, 1));
        assertThat(entity.exactF1()).isZero();
        assertThat(entity.overlapF1()).isEqualTo(1.0);
    }

    @Test
    void theSameSpanWithDifferentLabelsAgreesOnNoLabel() {
        article.add(MONA, Label.ENTITY, "القاهرة");
        article.add(SAMIR, Label.UNVERIFIED_SOURCE, "القاهرة");
        assertThat(agreement()).containsOnlyKeys(Label.ENTITY, Label.UNVERIFIED_SOURCE);
        assertThat(agreement().get(Label.ENTITY)).isEqualTo(new SpanAgreement(1, 0, 0, 0, 0, 0));
        assertThat(agreement().get(Label.UNVERIFIED_SOURCE)).isEqualTo(new SpanAgreement(0, 1, 0, 0, 0, 0));
        assertThat(agreement().values()).allSatisfy(spans -> {
            assertThat(spans.exactF1()).isZero();
            assertThat(spans.overlapF1()).isZero();
        });
    }

    /**
     * Mona marks two names, Samir one span over both and one elsewhere. Exact: 0 of 2 + 2. Overlap: both of Mona's
     * spans are found (R = 2/2), one of Samir's two is (P = 1/2), so F1 = 2 · 0.5 · 1 / 1.5 = 2/3.
     */
    @Test
    void overlapMatchingIsNotOneToOne() {
        article.add(MONA, Label.ENTITY, "سامح");
        article.add(MONA, Label.ENTITY, "شكري");
        article.add(SAMIR, Label.ENTITY, "سامح شكري");
        article.add(SAMIR, Label.ENTITY, "الليبي");
        SpanAgreement entity = agreement().get(Label.ENTITY);
        assertThat(entity).isEqualTo(new SpanAgreement(2, 2, 0, 0, 2, 1));
        assertThat(entity.overlapF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(SpanAgreement.perLabel(article.text(), article.of(SAMIR), article.of(MONA)).get(Label.ENTITY).overlapF1())
                .as("symmetric").isCloseTo(2.0 / 3, within(1e-12));
    }

    /** Mona tagged the same name twice (two subtypes), Samir once: one exact match, F1 = 2 · 1 / 3. */
    @Test
    void exactMatchingIsOneToOne() {
        article.add(MONA, Label.ENTITY, article.span("القاهرة"), "location");
        article.add(MONA, Label.ENTITY, article.span("القاهرة"), "organisation");
        article.add(SAMIR, Label.ENTITY, article.span("القاهرة"), "location");
        SpanAgreement entity = agreement().get(Label.ENTITY);
        assertThat(entity).isEqualTo(new SpanAgreement(2, 1, 1, 1, 2, 1));
        assertThat(entity.exactF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(entity.overlapF1()).isEqualTo(1.0);
    }

    @Test
    void withNothingToAgreeOnTheScoresAreNotANumber() {
        assertThat(agreement()).isEmpty();
        assertThat(SpanAgreement.NONE.exactF1()).isNaN();
        assertThat(SpanAgreement.NONE.overlapF1()).isNaN();
    }

    @Test
    void spansDifferingOnlyByInvisibleMarksAndSpaceAtTheirEdgesAgreeWhenEdgesAreIgnored() {
        // From a web page: a mark before every word (LRM, RLM, ALM), NBSP, tatweel and harakat.
        Annotating marked = new Annotating(2, "\u200Eقال \u200Eوزير \u200Fالخارجيـــة\u00A0\u061Cسامحُ \u200Eشكري"
                + " \u200Eإن \u200Eالقاهرة \u200Eترفض");
        marked.add(MONA, Label.ENTITY, "\u200Fالخارجيـــة"); // another tool: from the mark before the word
        marked.add(SAMIR, Label.ENTITY, "الخارجيـــة\u00A0"); // with the space after it
        marked.add(MONA, Label.ENTITY, "\u061Cسامحُ \u200Eشكري");
        marked.add(SAMIR, Label.ENTITY, "سامحُ \u200Eشكري");
        marked.add(MONA, Label.ENTITY, "\u200Eالقاهرة");
        marked.add(SAMIR, Label.ENTITY, "القاهرة \u200Eترفض"); // more words: not the same span

        SpanAgreement entity = SpanAgreement.perLabel(marked.text(), marked.of(MONA), marked.of(SAMIR))
                .get(Label.ENTITY);

        assertThat(entity).isEqualTo(new SpanAgreement(3, 3, 0, 2, 3, 3));
        assertThat(entity.exactF1()).isZero();
        assertThat(entity.tolerantF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(entity.overlapF1()).isEqualTo(1.0);
    }

    @Test
    void countsAddUpAndTheScoresFollowTheSums() {
        SpanAgreement sum = new SpanAgreement(2, 2, 2, 2, 2, 2).plus(new SpanAgreement(1, 1, 0, 0, 0, 0));
        assertThat(sum).isEqualTo(new SpanAgreement(3, 3, 2, 2, 2, 2));
        assertThat(sum.exactF1()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(sum.overlapF1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThatThrownBy(() -> new SpanAgreement(1, 1, 2, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpanAgreement(1, 0, 0, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
