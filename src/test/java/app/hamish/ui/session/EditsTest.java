package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each named edit on its own, against a real workspace file: executed, undone and redone through the session,
 * the workspace holds what it should after each step, and the session shows exactly what the workspace holds.
 */
class EditsTest {
    private static final String TEXT = "قال مصدر 😀 إن علي مملوك زار القاهرة.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private Annotator rana;
    private ArticleSession session;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        rana = workspace.annotations().annotator("rana", Annotator.Role.REVIEWER);
        session = session(mona);
    }

    private ArticleSession session(Annotator actor) {
        return OneArticle.session(workspace, article, actor, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Span span(String words) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(words));
        return new Span(start, start + words.codePointCount(0, words.length()));
    }

    private NewAnnotation request(String words, String label) {
        return new NewAnnotation(article.id(), mona.id(), span(words), label, null, "", Provenance.MANUAL);
    }

    private List<Annotation> stored() {
        return workspace.annotations().ofArticle(article.id());
    }

    private void showsWhatIsStored() {
        showsWhatIsStored(session);
    }

    private void showsWhatIsStored(ArticleSession session) {
        assertThat(session.annotations()).containsExactlyElementsOf(stored());
        assertThat(session.relations()).containsExactlyInAnyOrderElementsOf(
                workspace.annotations().relations(article.id()));
        assertThat(session.decisions()).isEqualTo(workspace.review().decisions(article.id()));
    }

    @Test
    void creatingAnAnnotationIsUndoneByDeletingItAndRedoneUnderTheSameId() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        assertThat(session.execute(create)).isTrue();
        Annotation created = create.created();
        assertThat(stored()).containsExactly(created);
        showsWhatIsStored();

        session.undo();
        assertThat(stored()).isEmpty();
        showsWhatIsStored();

        session.redo();
        assertThat(stored()).containsExactly(created);
        showsWhatIsStored();
    }

    @Test
    void deletingAnAnnotationIsUndoneWithItsLinksAndDecision() {
        CreateAnnotation source = new CreateAnnotation(request("مصدر", Label.UNVERIFIED_SOURCE));
        CreateAnnotation claim = new CreateAnnotation(request("علي مملوك زار القاهرة", Label.CLAIM));
        session.execute(source);
        session.execute(claim);
        session.execute(new Link(claim.created(), source.created()));
        // Arranged as another window would: reviewed, a decision made, returned.
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        workspace.review().decide(source.created().id(), rana, ReviewStatus.REJECTED, "not a source", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.RETURN, rana, "fix it", null);
        session.reload();

        assertThat(session.execute(new DeleteAnnotation(source.created()))).isTrue();
        assertThat(stored()).containsExactly(claim.created());
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        showsWhatIsStored();

        session.undo();
        assertThat(stored()).hasSize(2);
        assertThat(workspace.annotations().relations(article.id())).hasSize(1);
        assertThat(workspace.review().decisions(article.id()).get(source.created().id()).status())
                .isEqualTo(ReviewStatus.REJECTED);
        showsWhatIsStored();
    }

    @Test
    void changingABoundaryIsUndoneToTheSpanBefore() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        session.execute(create);
        ChangeAnnotation change = ChangeAnnotation.span(create.created(), span("علي مملوك زار"));
        assertThat(session.execute(change)).isTrue();
        assertThat(stored()).singleElement().satisfies(annotation ->
                assertThat(annotation.span()).isEqualTo(span("علي مملوك زار")));
        showsWhatIsStored();

        session.undo();
        assertThat(stored()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                .containsExactly(create.created());
        showsWhatIsStored();

        session.redo();
        assertThat(stored()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                .containsExactly(change.after());
        showsWhatIsStored();
    }

    @Test
    void aReviewerEditsTheGoldCopyAndUndoTakesBackTheEditThenTheAccept() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        session.execute(create);
        Annotation original = create.created();
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        workspace.review().decide(original.id(), rana, ReviewStatus.REJECTED, "a person, not an org", null);
        ArticleSession reviewer = session(rana);

        assertThat(reviewer.execute(ChangeAnnotation.label(original, Label.ENTITY, "person")))
                .as("the annotator's annotation stays as made").isFalse();
        assertThat(reviewer.execute(new Decide(original, ReviewStatus.ACCEPTED, ""))).isTrue();
        Annotation copy = reviewer.goldCopyOf(original);
        assertThat(copy.annotatorId()).isEqualTo(Annotator.GOLD_ID);
        assertThat(reviewer.execute(ChangeAnnotation.label(copy, Label.ENTITY, "person"))).isTrue();
        assertThat(stored()).contains(original).extracting(Annotation::subtype).containsExactly(null, "person");
        showsWhatIsStored(reviewer);

        reviewer.undo();
        // Put back as it was; its version moves on, as every write's does (decision 0028).
        assertThat(reviewer.goldCopyOf(original)).usingRecursiveComparison().ignoringFields("version").isEqualTo(copy);
        showsWhatIsStored(reviewer);
        reviewer.undo();
        assertThat(workspace.review().decisions(article.id()).get(original.id()).status())
                .isEqualTo(ReviewStatus.REJECTED);
        assertThat(stored()).containsExactly(original);
        showsWhatIsStored(reviewer);
        reviewer.redo();
        reviewer.redo();
        assertThat(stored()).contains(original).extracting(Annotation::subtype).containsExactly(null, "person");
        showsWhatIsStored(reviewer);
    }

    @Test
    void aLinkIsUndoneAndRedoneUnderTheSameId() {
        CreateAnnotation source = new CreateAnnotation(request("مصدر", Label.UNVERIFIED_SOURCE));
        CreateAnnotation claim = new CreateAnnotation(request("علي مملوك زار القاهرة", Label.CLAIM));
        session.execute(source);
        session.execute(claim);
        assertThat(session.execute(new Link(claim.created(), source.created()))).isTrue();
        var relations = workspace.annotations().relations(article.id());
        assertThat(relations).hasSize(1);
        showsWhatIsStored();

        session.undo();
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        showsWhatIsStored();

        session.redo();
        assertThat(workspace.annotations().relations(article.id())).isEqualTo(relations);
        showsWhatIsStored();
    }

    @Test
    void aDecisionIsUndoneToNoDecisionAndRedone() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        session.execute(create);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "", null);
        ArticleSession reviewer = session(rana);

        assertThat(reviewer.execute(new Decide(create.created(), ReviewStatus.ACCEPTED, ""))).isTrue();
        assertThat(workspace.review().decisions(article.id())).containsOnlyKeys(create.created().id());
        showsWhatIsStored(reviewer);
        reviewer.undo();
        assertThat(workspace.review().decisions(article.id())).isEmpty();
        showsWhatIsStored(reviewer);
        reviewer.redo();
        assertThat(workspace.review().decisions(article.id()).get(create.created().id()).status())
                .isEqualTo(ReviewStatus.ACCEPTED);
        showsWhatIsStored(reviewer);
    }

    @Test
    void anEditOnAnAnnotationSomeoneChangedSinceIsRefusedNamingThemAndTheArticleIsReadAgain() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        session.execute(create);
        // The annotator's other window, as another client on a server would be: a change this session did not see.
        ArticleSession otherWindow = session(mona);

        assertThat(otherWindow.execute(ChangeAnnotation.label(create.created(), Label.ENTITY, "person"))).isTrue();
        Annotation othersEdit = stored().getFirst();

        assertThat(session.execute(ChangeAnnotation.span(create.created(), span("علي مملوك زار")))).isFalse();
        assertThat(withoutIsolates(session.hintProperty().get())).contains("mona changed this annotation at")
                .contains("UTC");
        assertThat(stored()).containsExactly(othersEdit);
        showsWhatIsStored(session);
    }

    @Test
    void undoingAnEditSomeoneChangedSinceIsRefusedInsteadOfWritingOverTheirChange() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        session.execute(create);
        ArticleSession otherWindow = session(mona);
        ChangeAnnotation widen = ChangeAnnotation.span(create.created(), span("علي مملوك زار"));
        assertThat(session.execute(widen)).isTrue();
        assertThat(otherWindow.execute(ChangeAnnotation.label(widen.after(), Label.ENTITY, "person"))).isTrue();
        Annotation othersEdit = stored().getFirst();

        session.undo();
        assertThat(withoutIsolates(session.hintProperty().get())).contains("mona changed this annotation");
        assertThat(stored()).containsExactly(othersEdit);
        showsWhatIsStored(session);
    }

    @Test
    void ownEditsAreUndoneOneAfterAnotherAndRedoneThoughEachStepMovesTheVersionOn() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        assertThat(session.execute(create)).isTrue();
        ChangeAnnotation widen = ChangeAnnotation.span(create.created(), span("علي مملوك زار"));
        assertThat(session.execute(widen)).isTrue();
        assertThat(session.execute(ChangeAnnotation.note(widen.after(), "the visit"))).isTrue();

        session.undo();
        session.undo();
        session.undo();
        assertThat(session.hintProperty().get()).isEmpty();
        assertThat(stored()).isEmpty();
        session.redo();
        session.redo();
        session.redo();
        assertThat(stored()).singleElement().satisfies(annotation -> {
            assertThat(annotation.span()).isEqualTo(span("علي مملوك زار"));
            assertThat(annotation.note()).isEqualTo("the visit");
        });
        showsWhatIsStored();
    }

    /** The hint with the bidi isolates around names and times taken out. */
    private static String withoutIsolates(String hint) {
        return hint.replaceAll("[\u2066-\u2069]", "");
    }
}
