package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleText;
import app.hamish.model.AuditEntry;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewArticle;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review state machine, decisions, sign-off, read-only layers and the audit log, across restarts, on a workspace
 * file and on a server. Merging, which only files do, is in {@link ReviewWorkflowTest}.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class ReviewStatesTest {
    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;
    private StoreBackend.Place place;

    @BeforeEach
    void newPlace() {
        place = backend.newPlace(folder);
    }

    /** Mona submits her layer and Samir takes it for review. */
    private static void submitAndTakeForReview(Workspace workspace, ReviewCast cast) {
        cast.move(workspace, WorkflowTransition.SUBMIT, cast.mona(), "");
        cast.move(workspace, WorkflowTransition.TAKE_FOR_REVIEW, cast.samir(), "");
    }

    private static void accept(Workspace workspace, ReviewCast cast, Annotation annotation) {
        workspace.review().decide(annotation.id(), cast.samir(), ReviewStatus.ACCEPTED, "", null);
    }

    @Test
    void everyAllowedTransitionWorksAndEveryOtherIsRefusedWithAClearMessage() {
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.in(workspace);
            for (WorkflowState from : WorkflowState.values()) {
                for (WorkflowTransition transition : WorkflowTransition.values()) {
                    try (Workspace fresh = backend.newPlace(folder, from + "-" + transition).workspace()) {
                        ReviewCast other = ReviewCast.in(fresh);
                        bringTo(fresh, other, from);
                        Annotator actor = transition.byReviewer() ? other.samir() : other.mona();
                        if (transition.from() == from) {
                            other.move(fresh, transition, actor, "comment");
                            assertThat(other.state(fresh)).isEqualTo(transition.to());
                        } else {
                            assertThatThrownBy(() -> other.move(fresh, transition, actor, "comment"))
                                    .isInstanceOf(RefusedException.class)
                                    .hasMessageContaining("Cannot " + transition.code().replace('_', ' '))
                                    .hasMessageContaining(from.code().replace('_', ' '));
                            assertThat(other.state(fresh)).isEqualTo(from);
                        }
                    }
                }
            }
            assertThat(cast.state(workspace)).isEqualTo(WorkflowState.NEW);
        }
    }

    /** Drives a layer to a state through allowed transitions only; beyond NEW it holds one annotation. */
    private static void bringTo(Workspace workspace, ReviewCast cast, WorkflowState target) {
        if (target == WorkflowState.NEW) {
            return;
        }
        Annotation annotation = cast.annotate(workspace, "علي مملوك", Label.ENTITY);
        List<WorkflowTransition> path = switch (target) {
            case NEW -> throw new IllegalStateException("handled above");
            case IN_PROGRESS -> List.of(WorkflowTransition.START);
            case SUBMITTED -> List.of(WorkflowTransition.START, WorkflowTransition.SUBMIT);
            case IN_REVIEW -> List.of(WorkflowTransition.START, WorkflowTransition.SUBMIT,
                    WorkflowTransition.TAKE_FOR_REVIEW);
            case RETURNED -> List.of(WorkflowTransition.START, WorkflowTransition.SUBMIT,
                    WorkflowTransition.TAKE_FOR_REVIEW, WorkflowTransition.RETURN);
            case SIGNED_OFF -> List.of(WorkflowTransition.START, WorkflowTransition.SUBMIT,
                    WorkflowTransition.TAKE_FOR_REVIEW, WorkflowTransition.SIGN_OFF);
        };
        // Creating the annotation already started the layer.
        for (WorkflowTransition step : path) {
            if (step == WorkflowTransition.START) {
                continue;
            }
            cast.move(workspace, step, step.byReviewer() ? cast.samir() : cast.mona(), "fix the span");
            if (step == WorkflowTransition.TAKE_FOR_REVIEW) {
                // Decided, so that signing off is possible from here.
                accept(workspace, cast, annotation);
            }
        }
    }

    @Test
    void whoMayMoveALayerIsChecked() {
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.in(workspace);
            cast.annotate(workspace, "علي مملوك", Label.ENTITY);
            assertThatThrownBy(() -> cast.move(workspace, WorkflowTransition.SUBMIT, cast.samir(), ""))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("Only the annotator");
            cast.move(workspace, WorkflowTransition.SUBMIT, cast.mona(), "");
            assertThatThrownBy(() -> cast.move(workspace, WorkflowTransition.TAKE_FOR_REVIEW, cast.mona(), ""))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("mona is not a reviewer");
            cast.move(workspace, WorkflowTransition.TAKE_FOR_REVIEW, cast.samir(), "");
            assertThatThrownBy(() -> cast.move(workspace, WorkflowTransition.RETURN, cast.samir(), " "))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("needs a comment");
        }
    }

    @Test
    void signOffIsRefusedWhileAnnotationsAreUndecidedAndSaysWhich() {
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.in(workspace);
            Annotation person = cast.annotate(workspace, "علي مملوك", Label.ENTITY);
            cast.annotate(workspace, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
            submitAndTakeForReview(workspace, cast);
            accept(workspace, cast, person);
            assertThatThrownBy(() -> cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), ""))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("1 annotation(s) undecided: UNVERIFIED_SOURCE “مصادر مطلعة”");
            assertThatThrownBy(() -> workspace.review().decide(person.id(), cast.samir(), ReviewStatus.REJECTED, "",
                    null))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("reason");
        }
    }

    @Test
    void aSignedOffArticleIsReadOnlyUntilReopenedAndDecisionsSurviveARestart() {
        Annotation person;
        Annotation source;
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.in(workspace);
            person = cast.annotate(workspace, "علي مملوك", Label.ENTITY);
            source = cast.annotate(workspace, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
            cast.move(workspace, WorkflowTransition.SUBMIT, cast.mona(), "");
            assertThatThrownBy(() -> cast.annotate(workspace, "القاهرة", Label.ENTITY))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("submitted");
            cast.move(workspace, WorkflowTransition.TAKE_FOR_REVIEW, cast.samir(), "");
            accept(workspace, cast, person);
            workspace.review().decide(source.id(), cast.samir(), ReviewStatus.REJECTED, "not a source", null);
            cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), "");
        }
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.of(workspace);
            assertThat(cast.state(workspace)).isEqualTo(WorkflowState.SIGNED_OFF);
            assertThat(workspace.review().decisions(cast.article().id())).hasSize(2)
                    .hasEntrySatisfying(source.id(), decision -> {
                        assertThat(decision.status()).isEqualTo(ReviewStatus.REJECTED);
                        assertThat(decision.comment()).isEqualTo("not a source");
                    });
            for (Annotator anyone : List.of(cast.mona(), cast.samir())) {
                assertThatThrownBy(() -> workspace.annotations().delete(person, anyone))
                        .isInstanceOf(RefusedException.class).hasMessageContaining("signed off and read-only");
            }
            assertThatThrownBy(() -> workspace.review().decide(person.id(), cast.rana(), ReviewStatus.REJECTED, "x",
                    null))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("signed off");

            List<String> gold = new ArrayList<>();
            workspace.exportArticles(ExportFilter.GOLD, article -> article.annotations()
                    .forEach(span -> gold.add(article.article().text().slice(span.span()))));
            assertThat(gold).containsExactly("علي مملوك");

            cast.move(workspace, WorkflowTransition.REOPEN, cast.rana(), "");
            // Reopened, the reviewer decides again; the annotator's work stays as made (decision 0027).
            assertThatThrownBy(() -> workspace.annotations().delete(source, cast.rana()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("gold copy");
            assertThat(workspace.annotations().ofArticle(cast.article().id())).extracting(Annotation::annotatorId)
                    .containsExactlyInAnyOrder(cast.mona().id(), cast.mona().id(), Annotator.GOLD_ID);
        }
    }

    @Test
    void anAnnotationChangedAfterItsDecisionIsUndecidedAgainAndGoldHoldsOnlyReviewedArticles() {
        // Every reading of this clock is a millisecond later, so "after the decision" is never the same instant.
        java.time.Clock ticking = new java.time.Clock() {
            private java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

            @Override
            public java.time.Instant instant() {
                now = now.plusMillis(1);
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        try (Workspace workspace = place.workspace(ticking)) {
            ReviewCast cast = ReviewCast.in(workspace);
            workspace.corpus().importArticles(List.of(new NewArticle("unreviewed", "t", "u.txt",
                    ArticleText.of("نص لم يراجعه أحد"), "{}")));
            Annotation person = cast.annotate(workspace, "علي مملوك", Label.ENTITY);
            submitAndTakeForReview(workspace, cast);
            accept(workspace, cast, person);
            cast.move(workspace, WorkflowTransition.RETURN, cast.samir(), "check the name");
            // Mona widens the span after it was accepted: the acceptance was for the old span.
            Annotation widened = workspace.annotations().update(new Annotation(person.id(), person.articleId(),
                    person.annotatorId(), new Span(person.span().start(), person.span().end() + 4), person.label(),
                    person.subtype(), "", person.provenance(), person.created(), person.updated()), cast.mona());
            submitAndTakeForReview(workspace, cast);
            assertThatThrownBy(() -> cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), ""))
                    .hasMessageContaining("1 annotation(s) undecided");
            accept(workspace, cast, widened);
            cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), "");

            List<String> gold = new ArrayList<>();
            workspace.exportArticles(ExportFilter.GOLD, article -> gold.add(article.article().externalId() + ":"
                    + article.annotations().size()));
            assertThat(gold).containsExactly("a1:1");
        }
    }

    @Test
    void theAuditLogRecordsEachActionOnceInOrderAndCannotBeRewritten() throws Exception {
        try (Workspace workspace = place.workspace()) {
            ReviewCast cast = ReviewCast.in(workspace);
            Annotation person = cast.annotate(workspace, "علي مملوك", Label.ENTITY);
            Annotation wrong = cast.annotate(workspace, "القاهرة", Label.CLAIM);
            workspace.annotations().delete(wrong, cast.mona());
            submitAndTakeForReview(workspace, cast);
            accept(workspace, cast, person);
            cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), "");
            cast.move(workspace, WorkflowTransition.REOPEN, cast.rana(), "a second look");
        }
        List<String> actions = new ArrayList<>();
        try (Workspace workspace = place.workspace()) {
            workspace.review().audit(null, entry -> actions.add(entry.actor() + " " + entry.action()));
            List<AuditEntry> ofArticle = new ArrayList<>();
            workspace.review().audit(ReviewCast.of(workspace).article().id(), ofArticle::add);
            // All but the first, which made samir the workspace's reviewer.
            assertThat(ofArticle).hasSize(actions.size() - 1).isSortedAccordingTo(
                    java.util.Comparator.comparingLong(AuditEntry::id));
            assertThat(ofArticle.getLast().details()).contains("a second look");
        }
        assertThat(actions).containsExactly("samir added_reviewer", "mona started", "mona created", "mona created",
                "mona deleted", "mona submitted", "samir taken_for_review", "samir accepted",
                "samir accepted_into_gold", "samir signed_off", "rana reopened");
        try (Connection raw = place.connect();
             Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_log SET action = 'nothing'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
                    .hasMessageContaining("append-only");
        }
    }
}
