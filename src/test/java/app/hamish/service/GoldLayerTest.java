package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.hamish.TwoLayerArticleTest;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.GoldProvenance;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.agreement.AgreementReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gold layer (decision 0027): a reviewer's accept copies an annotation into gold once however many annotators
 * had it, with who had it and who adjudicated; edits change the gold copy, never the annotator's annotation; so
 * agreement after review is agreement before it.
 */
class GoldLayerTest extends TwoLayerArticleTest {
    private List<Annotation> gold() {
        return workspace.annotations().ofArticle(article.id()).stream()
                .filter(annotation -> annotation.annotatorId() == Annotator.GOLD_ID).toList();
    }

    private void accept(Annotation annotation) {
        workspace.review().decide(annotation.id(), samir, ReviewStatus.ACCEPTED, "", null);
    }

    @Test
    void acceptingTwoAnnotatorsIdenticalSpansPutsItInGoldOnceWithBothNamesAndTheAdjudicator() {
        Annotation monaEntity = annotate(mona, "علي مملوك", Label.ENTITY, "person");
        Annotation aliEntity = annotate(ali, "علي مملوك", Label.ENTITY, "person");
        Annotation monaClaim = annotate(mona, "علي مملوك زار القاهرة", Label.CLAIM, null);
        Annotation aliClaim = annotate(ali, "علي مملوك زار القاهرة سرا", Label.CLAIM, null);
        toReview(mona);
        toReview(ali);

        List.of(monaEntity, aliEntity, monaClaim, aliClaim).forEach(this::accept);

        assertThat(gold()).extracting(Annotation::span, Annotation::label).containsExactlyInAnyOrder(
                tuple(monaEntity.span(), Label.ENTITY),
                tuple(monaClaim.span(), Label.CLAIM),
                tuple(aliClaim.span(), Label.CLAIM));
        Annotation goldEntity = gold().stream().filter(span -> span.label().equals(Label.ENTITY)).findFirst()
                .orElseThrow();
        GoldProvenance provenance = workspace.review().goldProvenance(article.id()).get(goldEntity.id());
        assertThat(provenance.annotators()).containsExactly("ali", "mona");
        assertThat(provenance.adjudicator()).isEqualTo("samir");
        assertThat(goldEntity.subtype()).isEqualTo("person");
        assertThat(workspace.annotations().ofArticle(article.id())).contains(monaEntity, aliEntity, monaClaim,
                aliClaim);
    }

    @Test
    void rejectingTakesTheSpanOutOfGoldAndUndoingAnAcceptTakesBackItsCopy() {
        Annotation monaEntity = annotate(mona, "علي مملوك", Label.ENTITY, "person");
        Annotation monaPlace = annotate(mona, "القاهرة", Label.ENTITY, "location");
        toReview(mona);
        accept(monaEntity);
        accept(monaPlace);
        assertThat(gold()).hasSize(2);

        workspace.review().decide(monaEntity.id(), samir, ReviewStatus.REJECTED, "not a person here", null);
        workspace.review().withdraw(monaPlace.id(), samir, null, null);

        assertThat(gold()).isEmpty();
    }

    @Test
    void aReviewersEditChangesTheGoldCopyAndNeverTheAnnotatorsAnnotation() {
        Annotation monaClaim = annotate(mona, "علي مملوك زار القاهرة سرا", Label.CLAIM, null);
        toReview(mona);

        assertThatThrownBy(() -> workspace.annotations().update(withSpan(monaClaim, new Span(
                monaClaim.span().start(), monaClaim.span().end() - 3)), samir))
                .isInstanceOf(RefusedException.class).hasMessageContaining("gold copy");
        accept(monaClaim);
        Annotation copy = gold().getFirst();
        Annotation edited = workspace.annotations().update(withSpan(copy, new Span(copy.span().start(),
                copy.span().end() - 3)), samir);

        assertThat(edited.annotatorId()).isEqualTo(Annotator.GOLD_ID);
        assertThat(workspace.annotations().ofArticle(article.id())).contains(monaClaim);
        assertThatThrownBy(() -> workspace.annotations().update(withSpan(edited, copy.span()), mona))
                .as("gold is the reviewers'").isInstanceOf(RefusedException.class);
    }

    @Test
    void agreementAfterReviewEqualsAgreementBeforeReview() {
        Annotation monaClaim = annotate(mona, "علي مملوك زار القاهرة", Label.CLAIM, null);
        annotate(ali, "علي مملوك زار القاهرة سرا", Label.CLAIM, null);
        Annotation monaEntity = annotate(mona, "علي مملوك", Label.ENTITY, "person");
        Annotation aliEntity = annotate(ali, "علي مملوك", Label.ENTITY, "person");
        Annotation aliSource = annotate(ali, "مصادر مطلعة", Label.UNVERIFIED_SOURCE, null);
        toReview(mona);
        toReview(ali);
        AgreementReport before = workspace.agreement().report(List.of());

        accept(monaEntity);
        accept(aliEntity);
        accept(monaClaim);
        Annotation copy = gold().stream().filter(span -> span.label().equals(Label.CLAIM)).findFirst().orElseThrow();
        workspace.annotations().update(withSpan(copy, new Span(copy.span().start(), copy.span().end() + 3)), samir);
        workspace.review().decide(aliSource.id(), samir, ReviewStatus.REJECTED, "a named source", null);

        assertThat(workspace.agreement().report(List.of())).isEqualTo(before);
    }

    @Test
    void goldTravelsInAMergeOncePerSpanWithItsProvenanceJoined() {
        Annotation monaEntity = annotate(mona, "علي مملوك", Label.ENTITY, "person");
        annotate(ali, "علي مملوك", Label.ENTITY, "person");
        toReview(mona);
        accept(monaEntity);
        workspace.close();
        Path elsewhere = folder.resolve("elsewhere.db");
        try (Workspace other = Workspace.open(elsewhere)) {
            Article same = importArticle(other);
            Annotator rana = other.annotations().annotator("rana", Annotator.Role.ANNOTATOR);
            Annotator omar = other.annotations().annotator("omar", Annotator.Role.REVIEWER);
            int at = TEXT.indexOf("علي مملوك");
            Annotation ranas = other.annotations().create(new NewAnnotation(same.id(), rana.id(),
                    new Span(at, at + "علي مملوك".length()), Label.ENTITY, "person", "", Provenance.MANUAL));
            other.review().transition(same.id(), rana.id(), WorkflowTransition.SUBMIT, rana, "", null);
            other.review().transition(same.id(), rana.id(), WorkflowTransition.TAKE_FOR_REVIEW, omar, "", null);
            other.review().decide(ranas.id(), omar, ReviewStatus.ACCEPTED, "", null);
        }
        Path reviewers = folder.resolve("reviewers.db");
        try (Workspace merged = Workspace.open(reviewers)) {
            Annotator me = merged.annotations().annotator("lead", Annotator.Role.REVIEWER);
            merged.merge(folder.resolve("w.db"), me);
            merged.merge(elsewhere, me);
            long articleId = merged.corpus().article("a1").orElseThrow().id();
            assertThat(merged.annotations().ofArticle(articleId)).as("gold only by reviewers listed here (0028)")
                    .noneMatch(annotation -> annotation.annotatorId() == Annotator.GOLD_ID);
            for (String adjudicator : List.of("samir", "omar")) {
                merged.annotations().addReviewer(merged.annotations().annotator(adjudicator,
                        Annotator.Role.REVIEWER), me);
            }
            merged.merge(folder.resolve("w.db"), me);
            assertThat(merged.merge(folder.resolve("w.db"), me).changedNothing()).isTrue();
            merged.merge(elsewhere, me);

            List<Annotation> gold = merged.annotations().ofArticle(articleId).stream()
                    .filter(annotation -> annotation.annotatorId() == Annotator.GOLD_ID).toList();
            assertThat(gold).singleElement().extracting(Annotation::span).isEqualTo(monaEntity.span());
            GoldProvenance provenance = merged.review().goldProvenance(articleId).get(gold.getFirst().id());
            assertThat(provenance.annotators()).containsExactly("ali", "mona", "rana");
            assertThat(provenance.adjudicator()).isEqualTo("samir");
        }
        workspace = Workspace.open(folder.resolve("w.db"));
    }

    @Test
    void theGoldLayersNameIsNobodysToTake() {
        assertThatThrownBy(() -> workspace.annotations().annotator(Annotator.GOLD_NAME, Annotator.Role.REVIEWER))
                .isInstanceOf(RefusedException.class).hasMessageContaining(Annotator.GOLD_NAME);
    }

    private static Annotation withSpan(Annotation annotation, Span span) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.annotatorId(), span,
                annotation.label(), annotation.subtype(), annotation.note(), annotation.provenance(),
                annotation.created(), annotation.updated());
    }
}
