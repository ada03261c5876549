package app.hamish.service.agreement;

import static app.hamish.service.agreement.Annotating.ADEL;
import static app.hamish.service.agreement.Annotating.MONA;
import static app.hamish.service.agreement.Annotating.SAMIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import app.hamish.model.Annotation;
import app.hamish.model.Label;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report over articles and annotator pairs, and the corpus rows summed and pooled from them. */
class AgreementCalculatorTest {
    private static final String TEN_WORDS = "قال الوزير إن الحكومة، ستعلن «خطة» جديدة غداً في القاهرة.";
    private static final String FIVE_WORDS = "الرئاسة تنفي الخبر جملة وتفصيلا";

    @Test
    void identicalAnnotatorsAgreeCompletelyOnEveryArticleAndOverall() {
        Annotating first = new Annotating(1, TEN_WORDS);
        Annotating second = new Annotating(2, FIVE_WORDS);
        for (long annotator : new long[] {MONA, SAMIR}) {
            first.add(annotator, Label.ENTITY, "الوزير");
            first.add(annotator, Label.CLAIM, "الحكومة، ستعلن «خطة»");
            second.add(annotator, Label.UNVERIFIED_SOURCE, "الرئاسة");
        }
        AgreementReport report = AgreementCalculator.compute(List.of(first.article(), second.article()));
        assertThat(report.articles()).extracting(row -> row.externalId(), row -> row.row().label()).containsExactly(
                tuple("article-1", "CLAIM"), tuple("article-1", "ENTITY"), tuple("article-1", "*"),
                tuple("article-2", "UNVERIFIED_SOURCE"), tuple("article-2", "*"));
        assertThat(report.corpus()).extracting(AgreementReport.Row::label)
                .containsExactly("CLAIM", "ENTITY", "UNVERIFIED_SOURCE", "*");
        assertThat(report.corpus().getLast().spans()).isEqualTo(new SpanAgreement(3, 3, 3, 3, 3, 3));
        assertThat(report.articles().stream().map(AgreementReport.ArticleRow::row)).allSatisfy(this::agreesFully);
        assertThat(report.corpus()).allSatisfy(this::agreesFully);
    }

    private void agreesFully(AgreementReport.Row row) {
        assertThat(row.exactF1()).as(row.toString()).isEqualTo(1.0);
        assertThat(row.overlapF1()).as(row.toString()).isEqualTo(1.0);
        assertThat(row.kappa()).as(row.toString()).isEqualTo(1.0);
    }

    @Test
    void everyTwoAnnotatorsOfAnArticleAreComparedInNameOrder() {
        Annotating shared = new Annotating(1, TEN_WORDS);
        shared.add(SAMIR, Label.ENTITY, "الوزير");
        shared.add(MONA, Label.ENTITY, "الوزير");
        shared.add(ADEL, Label.CLAIM, "الحكومة");
        Annotating alone = new Annotating(2, FIVE_WORDS);
        alone.add(MONA, Label.CLAIM, "الرئاسة");
        AgreementReport report = AgreementCalculator.compute(List.of(shared.article(), alone.article()));
        assertThat(report.articles()).allSatisfy(row -> assertThat(row.articleId()).isEqualTo(1));
        assertThat(report.corpus()).extracting(AgreementReport.Row::annotatorA, AgreementReport.Row::annotatorB,
                AgreementReport.Row::label).containsExactly(
                tuple("adel", "mona", "CLAIM"), tuple("adel", "mona", "ENTITY"), tuple("adel", "mona", "*"),
                tuple("adel", "samir", "CLAIM"), tuple("adel", "samir", "ENTITY"), tuple("adel", "samir", "*"),
                tuple("mona", "samir", "ENTITY"), tuple("mona", "samir", "*"));
        AgreementReport.Row adelMonaClaim = report.corpus().getFirst();
        assertThat(adelMonaClaim.spans()).isEqualTo(new SpanAgreement(1, 0, 0, 0, 0, 0));
        assertThat(adelMonaClaim.exactF1()).isZero();
    }

    /**
     * Article 1 is the per-label case of {@code AgreementKappaTest} (ENTITY: both 2, Mona only 2, Samir only 1,
     * neither 5). Article 2 has five tokens; both tag its first as CLAIM.
     *
     * <pre>
     *   corpus ENTITY, 15 tokens (article 2 adds 5 to "neither"):
     *     po = (2 + 10) / 15 = 0.8;  pe = (4·3 + 11·12) / 225 = 0.64;  kappa = 0.16 / 0.36 = 0.4444
     *   corpus CLAIM: both 1, neither 14 (article 1 counts as agreeing on O): kappa 1
     *   corpus all labels: E/E 2, E/O 2, O/E 1, C/C 1, O/O 9
     *     po = 12 / 15 = 0.8;  Mona E 4, C 1, O 10;  Samir E 3, C 1, O 11
     *     pe = (4·3 + 1·1 + 10·11) / 225 = 123 / 225;  kappa = (0.8 − 0.546667) / 0.453333 = 0.5588
     * </pre>
     */
    @Test
    void corpusRowsSumTheCountsAndPoolTheTokens() {
        Annotating first = new Annotating(1, TEN_WORDS);
        first.add(MONA, Label.ENTITY, "قال الوزير إن الحكومة");
        first.add(SAMIR, Label.ENTITY, "الوزير إن");
        first.add(SAMIR, Label.ENTITY, "خطة");
        Annotating second = new Annotating(2, FIVE_WORDS);
        second.add(MONA, Label.CLAIM, "الرئاسة");
        second.add(SAMIR, Label.CLAIM, "الرئاسة");
        AgreementReport report = AgreementCalculator.compute(List.of(first.article(), second.article()));

        AgreementReport.Row articleEntity = report.articles().getFirst().row();
        assertThat(articleEntity.label()).isEqualTo(Label.ENTITY);
        assertThat(articleEntity.kappa()).isCloseTo(0.3478, within(0.00005));
        Map<String, AgreementReport.Row> corpus = report.corpus().stream()
                .collect(Collectors.toMap(AgreementReport.Row::label, row -> row));
        assertThat(corpus.get("ENTITY").spans()).isEqualTo(new SpanAgreement(1, 2, 0, 0, 1, 1));
        assertThat(corpus.get("ENTITY").kappa()).isCloseTo(0.4444, within(0.00005));
        assertThat(corpus.get("CLAIM").spans()).isEqualTo(new SpanAgreement(1, 1, 1, 1, 1, 1));
        assertThat(corpus.get("CLAIM").kappa()).isEqualTo(1.0);
        assertThat(corpus.get("*").spans()).isEqualTo(new SpanAgreement(2, 3, 1, 1, 2, 2));
        assertThat(corpus.get("*").exactF1()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(corpus.get("*").kappa()).isCloseTo(0.5588, within(0.00005));
    }

    @Test
    void nothingToCompareGivesAnEmptyReport() {
        Annotating alone = new Annotating(1, TEN_WORDS);
        alone.add(MONA, Label.CLAIM, "الوزير");
        AgreementReport report = AgreementCalculator.compute(List.of(alone.article(), new Annotating(2, "").article()));
        assertThat(report.articles()).isEmpty();
        assertThat(report.corpus()).isEmpty();
    }

    @Test
    void inconsistentInputIsRefused() {
        Annotating article = new Annotating(1, "قال الوزير");
        Annotation stranger = new Annotation(9, 1, 99, new Span(0, 3), Label.CLAIM, null, "", Provenance.MANUAL,
                Instant.EPOCH, Instant.EPOCH);
        assertThatThrownBy(() -> new ArticleAnnotations(1, "a", article.text(), List.of(stranger),
                Annotating.NAMES)).hasMessageContaining("annotator 99");
        Annotation elsewhere = new Annotation(9, 2, MONA, new Span(0, 3), Label.CLAIM, null, "", Provenance.MANUAL,
                Instant.EPOCH, Instant.EPOCH);
        assertThatThrownBy(() -> new ArticleAnnotations(1, "a", article.text(), List.of(elsewhere),
                Annotating.NAMES)).hasMessageContaining("belongs to article 2");
        Annotation beyond = new Annotation(9, 1, MONA, new Span(5, 20), Label.CLAIM, null, "", Provenance.MANUAL,
                Instant.EPOCH, Instant.EPOCH);
        assertThatThrownBy(() -> new ArticleAnnotations(1, "a", article.text(), List.of(beyond),
                Annotating.NAMES)).hasMessageContaining("outside the text");
    }
}
