package app.hamish.service.agreement;

import static app.hamish.service.agreement.Annotating.MONA;
import static app.hamish.service.agreement.Annotating.SAMIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.hamish.model.Annotation;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.service.agreement.Disagreement.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disagreements a reviewer steps through, in text order. */
class AgreementDisagreementsTest {
    private static final String TEXT = "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التدخل في الشأن الليبي";

    private final Annotating article = new Annotating(1, TEXT);

    private List<Disagreement> disagreements() {
        return Disagreements.find(article.article(), MONA, SAMIR);
    }

    @Test
    void eachKindIsFoundAndListedInTextOrder() {
        Annotation monaName = article.add(MONA, Label.ENTITY, "سامح شكري");
        Annotation monaCity = article.add(MONA, Label.ENTITY, "القاهرة");
        article.add(MONA, Label.CLAIM, "ترفض التدخل");
        article.add(MONA, Label.ENTITY, "الليبي");
        article.add(SAMIR, Label.ENTITY, "الليبي");
        Annotation samirName = article.add(SAMIR, Label.ENTITY, "شكري");
        Annotation samirCity = article.add(SAMIR, Label.UNVERIFIED_SOURCE, "القاهرة");
        article.add(SAMIR, Label.ENTITY, "وزير الخارجية");

        List<Disagreement> found = disagreements();
        assertThat(found).extracting(d -> article.text().slice(d.span()), Disagreement::annotator, Disagreement::kind)
                .containsExactly(
                        tuple("وزير الخارجية", "samir", Kind.MISSING_IN_OTHER),
                        tuple("سامح شكري", "mona", Kind.BOUNDARY_DIFFERS),
                        tuple("شكري", "samir", Kind.BOUNDARY_DIFFERS),
                        tuple("القاهرة", "mona", Kind.LABEL_DIFFERS),
                        tuple("القاهرة", "samir", Kind.LABEL_DIFFERS),
                        tuple("ترفض التدخل", "mona", Kind.MISSING_IN_OTHER));
        assertThat(found.get(0).counterparts()).isEmpty();
        assertThat(found.get(1).counterparts()).containsExactly(samirName);
        assertThat(found.get(2).counterparts()).containsExactly(monaName);
        assertThat(found.get(3).counterparts()).containsExactly(samirCity);
        assertThat(found.get(4).counterparts()).containsExactly(monaCity);
    }

    @Test
    void identicalAnnotatorsDoNotDisagree() {
        for (long annotator : new long[] {MONA, SAMIR}) {
            article.add(annotator, Label.ENTITY, "سامح شكري");
            article.add(annotator, Label.CLAIM, "القاهرة ترفض التدخل");
        }
        assertThat(disagreements()).isEmpty();
    }

    @Test
    void theSameLabelTwiceOnTheSameSpanNeedsTwoMatches() {
        article.add(MONA, Label.ENTITY, article.span("القاهرة"), "location");
        Annotation second = article.add(MONA, Label.ENTITY, article.span("القاهرة"), "organisation");
        article.add(SAMIR, Label.ENTITY, article.span("القاهرة"), "location");
        assertThat(disagreements()).extracting(Disagreement::annotation, Disagreement::kind)
                .containsExactly(tuple(second, Kind.MISSING_IN_OTHER));
    }

    @Test
    void anotherLabelOnTheSameSpanOutranksAnOverlappingSpanOfTheSameLabel() {
        article.add(MONA, Label.ENTITY, "سامح شكري");
        Annotation relabelled = article.add(SAMIR, Label.CLAIM, "سامح شكري");
        article.add(SAMIR, Label.ENTITY, "شكري");
        assertThat(disagreements().getFirst().kind()).isEqualTo(Kind.LABEL_DIFFERS);
        assertThat(disagreements().getFirst().counterparts()).containsExactly(relabelled);
    }

    /** Three emoji (six UTF-16 units) before the spans: the offsets reported are code points. */
    @Test
    void offsetsAfterEmojiAreCodePoints() {
        Annotating emoji = new Annotating(2, "\uD83D\uDD34\uD83D\uDD34\uD83D\uDD34 عاجل: القاهرة ترفض");
        emoji.add(MONA, Label.ENTITY, "القاهرة");
        emoji.add(SAMIR, Label.CLAIM, "القاهرة ترفض");
        List<Disagreement> found = Disagreements.find(emoji.article(), MONA, SAMIR);
        assertThat(found).extracting(Disagreement::span).containsExactly(new Span(10, 17), new Span(10, 22));
        assertThat(found).extracting(Disagreement::kind)
                .containsExactly(Kind.MISSING_IN_OTHER, Kind.MISSING_IN_OTHER);
        assertThat(emoji.text().slice(found.getFirst().span())).isEqualTo("القاهرة");
    }

    @Test
    void anAnnotatorIsNotComparedWithThemselves() {
        assertThatThrownBy(() -> Disagreements.find(article.article(), MONA, MONA))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
