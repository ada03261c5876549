package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.LayerState;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reviewers (two sessions on one workspace, as two workbenches on a server) deciding the same annotation or
 * moving the same layer: the second, made on what it read before the first, is refused naming who changed it, and
 * its session shows the workspace as it now is; nothing is written over silently (decision 0032).
 */
class ReviewChangedSinceTest {
    private static final String TEXT = "قال مصدر إن علي مملوك زار القاهرة.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private Annotator rana;
    private Annotator samir;
    private Annotation claim;

    @BeforeEach
    void submitted() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        rana = workspace.annotations().annotator("rana", Annotator.Role.REVIEWER);
        samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        claim = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(0, 8),
                Label.CLAIM, null, "", Provenance.MANUAL));
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ArticleSession session(Annotator actor) {
        return OneArticle.session(workspace, article, actor, Locale.ENGLISH);
    }

    /** The session's hint, without the bidi isolates around names and times. */
    private static String said(ArticleSession session) {
        return session.hintProperty().get().replaceAll("[\u2066-\u2069]", "");
    }

    private LayerState monasLayer(ArticleSession session) {
        return session.layerStates().stream().filter(layer -> layer.annotatorId() == mona.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void theSecondReviewersDecisionOnTheSameAnnotationIsRefusedNamingTheFirstAndTheirDecisionShown() {
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        ArticleSession ranas = session(rana);
        ArticleSession samirs = session(samir);

        assertThat(ranas.execute(new Decide(claim, ReviewStatus.ACCEPTED, ""))).isTrue();
        assertThat(samirs.execute(new Decide(claim, ReviewStatus.REJECTED, "not a claim"))).isFalse();

        assertThat(said(samirs)).startsWith("rana decided on this annotation at ")
                .contains("nothing was changed");
        assertThat(workspace.review().decision(claim.id()).reviewerId()).isEqualTo(rana.id());
        assertThat(samirs.decisions().get(claim.id())).as("the view refreshed")
                .isEqualTo(workspace.review().decision(claim.id()));
        assertThat(samirs.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void undoingADecisionAnotherReviewerHasDecidedOverSinceIsRefusedInsteadOfTakingTheirsBack() {
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        ArticleSession ranas = session(rana);
        ArticleSession samirs = session(samir);
        assertThat(ranas.execute(new Decide(claim, ReviewStatus.ACCEPTED, ""))).isTrue();
        samirs.reload();
        assertThat(samirs.execute(new Decide(claim, ReviewStatus.REJECTED, "a quote, not a claim"))).isTrue();

        ranas.undo();

        assertThat(said(ranas)).startsWith("samir decided on this annotation at ");
        assertThat(workspace.review().decision(claim.id()).status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(ranas.decisions().get(claim.id())).isEqualTo(workspace.review().decision(claim.id()));
    }

    @Test
    void aLayerMoveMadeOnAStateThatMovedSinceIsRefusedNamingWhoMovedItEvenWhenItIsBackInThatState() {
        ArticleSession samirs = session(samir);
        assertThat(monasLayer(samirs).state()).isEqualTo(WorkflowState.SUBMITTED);
        // Meanwhile rana takes the layer and returns it, and mona resubmits: submitted again, but not as samir read it.
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.RETURN, rana, "the source?", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.RESUME, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);

        assertThat(samirs.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, "")))
                .isFalse();

        assertThat(said(samirs)).startsWith("mona moved this layer at ");
        assertThat(workspace.review().state(article.id(), mona.id())).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(monasLayer(samirs)).as("the view refreshed")
                .isEqualTo(workspace.review().layers(article.id()).getFirst());
    }

    @Test
    void theSecondReviewerTakingALayerIsToldWhoTookItFirst() {
        ArticleSession ranas = session(rana);
        ArticleSession samirs = session(samir);

        assertThat(ranas.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, "")))
                .isTrue();
        assertThat(samirs.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, "")))
                .isFalse();

        assertThat(said(samirs)).startsWith("rana moved this layer at ");
        assertThat(monasLayer(samirs).state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(monasLayer(samirs).changedBy()).isEqualTo("rana");
    }
}
