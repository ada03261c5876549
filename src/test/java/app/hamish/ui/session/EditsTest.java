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
 * Each named edit on its own, against a real workspace file: applied, reverted and applied again, the workspace
 * holds what it should after each step, and the session shows exactly what the workspace holds.
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
    private EditContext context;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        rana = workspace.annotations().annotator("rana", Annotator.Role.REVIEWER);
        session = session(mona);
        context = new EditContext(session);
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
        assertThat(session.annotations()).containsExactlyElementsOf(stored());
        assertThat(session.relations()).containsExactlyInAnyOrderElementsOf(
                workspace.annotations().relations(article.id()));
        assertThat(session.decisions()).isEqualTo(workspace.review().decisions(article.id()));
    }

    @Test
    void creatingAnAnnotationIsUndoneByDeletingItAndRedoneUnderTheSameId() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        create.apply(context);
        Annotation created = create.created();
        assertThat(stored()).containsExactly(created);
        showsWhatIsStored();

        create.revert(context);
        assertThat(stored()).isEmpty();
        showsWhatIsStored();

        create.apply(context);
        assertThat(stored()).containsExactly(created);
        showsWhatIsStored();
    }

    @Test
    void deletingAnAnnotationIsUndoneWithItsLinksAndDecision() {
        CreateAnnotation source = new CreateAnnotation(request("مصدر", Label.UNVERIFIED_SOURCE));
        CreateAnnotation claim = new CreateAnnotation(request("علي مملوك زار القاهرة", Label.CLAIM));
        source.apply(context);
        claim.apply(context);
        new Link(claim.created(), source.created()).apply(context);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "");
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "");
        workspace.review().decide(source.created().id(), rana, ReviewStatus.REJECTED, "not a source");
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.RETURN, rana, "fix it");
        session.reload();

        DeleteAnnotation delete = new DeleteAnnotation(source.created());
        delete.apply(context);
        assertThat(stored()).containsExactly(claim.created());
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        session.reload();
        showsWhatIsStored();

        delete.revert(context);
        assertThat(stored()).hasSize(2);
        assertThat(workspace.annotations().relations(article.id())).hasSize(1);
        assertThat(workspace.review().decisions(article.id()).get(source.created().id()).status())
                .isEqualTo(ReviewStatus.REJECTED);
        session.reload();
        showsWhatIsStored();
    }

    @Test
    void changingABoundaryIsUndoneToTheSpanBefore() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        create.apply(context);
        ChangeAnnotation change = ChangeAnnotation.span(create.created(), span("علي مملوك زار"));
        change.apply(context);
        assertThat(stored()).singleElement().satisfies(annotation ->
                assertThat(annotation.span()).isEqualTo(span("علي مملوك زار")));
        showsWhatIsStored();

        change.revert(context);
        assertThat(stored()).containsExactly(create.created());
        showsWhatIsStored();

        change.apply(context);
        assertThat(stored()).containsExactly(change.after());
        showsWhatIsStored();
    }

    @Test
    void aReviewersChangeAcceptsAndItsUndoPutsTheEarlierDecisionBack() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        create.apply(context);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "");
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "");
        workspace.review().decide(create.created().id(), rana, ReviewStatus.REJECTED, "a person, not an org");
        ArticleSession reviewer = session(rana);
        EditContext reviewing = new EditContext(reviewer);

        ChangeAnnotation relabel = ChangeAnnotation.label(create.created(), Label.ENTITY, "person");
        relabel.apply(reviewing);
        assertThat(workspace.review().decisions(article.id()).get(create.created().id()).status())
                .isEqualTo(ReviewStatus.ACCEPTED);
        relabel.revert(reviewing);
        assertThat(workspace.review().decisions(article.id()).get(create.created().id()).status())
                .isEqualTo(ReviewStatus.REJECTED);
        assertThat(stored()).containsExactly(create.created());
        relabel.apply(reviewing);
        assertThat(workspace.review().decisions(article.id()).get(create.created().id()).status())
                .isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(stored().getFirst().subtype()).isEqualTo("person");
    }

    @Test
    void aLinkIsUndoneAndRedoneUnderTheSameId() {
        CreateAnnotation source = new CreateAnnotation(request("مصدر", Label.UNVERIFIED_SOURCE));
        CreateAnnotation claim = new CreateAnnotation(request("علي مملوك زار القاهرة", Label.CLAIM));
        source.apply(context);
        claim.apply(context);
        Link link = new Link(claim.created(), source.created());
        link.apply(context);
        var relations = workspace.annotations().relations(article.id());
        assertThat(relations).hasSize(1);
        showsWhatIsStored();

        link.revert(context);
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        showsWhatIsStored();

        link.apply(context);
        assertThat(workspace.annotations().relations(article.id())).isEqualTo(relations);
        showsWhatIsStored();
    }

    @Test
    void aDecisionIsUndoneToNoDecisionAndRedone() {
        CreateAnnotation create = new CreateAnnotation(request("علي مملوك", Label.ENTITY));
        create.apply(context);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "");
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, rana, "");
        ArticleSession reviewer = session(rana);
        EditContext reviewing = new EditContext(reviewer);

        Decide accept = new Decide(create.created(), ReviewStatus.ACCEPTED, "");
        accept.apply(reviewing);
        assertThat(workspace.review().decisions(article.id())).containsOnlyKeys(create.created().id());
        accept.revert(reviewing);
        assertThat(workspace.review().decisions(article.id())).isEmpty();
        accept.apply(reviewing);
        assertThat(workspace.review().decisions(article.id()).get(create.created().id()).status())
                .isEqualTo(ReviewStatus.ACCEPTED);
    }
}
