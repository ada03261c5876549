package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import app.hamish.ui.review.ReviewViewModel;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's move on the analyst's own layer, made elsewhere (another client of a team's server), is said in the
 * hint line when it arrives: the hint no longer says "read-only until a reviewer returns it" of a layer returned.
 */
class OwnLayerMovedElsewhereTest {
    private static final String TEXT = "قال مصدر إن علي مملوك زار القاهرة.";
    private static final String WHY = "علي مملوك is a person: tag it as one";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private Annotator samir;
    private ArticleSession session;

    @BeforeEach
    void monaSubmitsHerLayer() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
        int start = TEXT.indexOf("علي مملوك");
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(start, start + 9),
                Label.ENTITY, null, "", Provenance.MANUAL)));
        new ReviewViewModel(session, id -> "mona").transition(mona.id(), WorkflowTransition.SUBMIT, "");
        assertThat(session.hintProperty().get()).contains("read-only until a reviewer returns it");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aReturnArrivingSaysSoWithTheReviewersComment() {
        reviewerMoves(WorkflowTransition.TAKE_FOR_REVIEW, "");
        reviewerMoves(WorkflowTransition.RETURN, WHY);
        session.reload();

        assertThat(session.hintProperty().get()).contains("returned your layer").contains(WHY);
    }

    @Test
    void aTakeAndASignOffArrivingAreSaidAndAColleaguesChangeLeavesTheHintAlone() {
        reviewerMoves(WorkflowTransition.TAKE_FOR_REVIEW, "");
        session.reload();
        assertThat(session.hintProperty().get()).contains("took your layer for review");

        session.hint("hint.selectAnnotation");
        Annotator ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
        workspace.annotations().create(new NewAnnotation(article.id(), ali.id(), new Span(0, 3), Label.CLAIM, null,
                "", Provenance.MANUAL));
        session.reload();
        assertThat(session.hintProperty().get()).as("nothing became of mona's layer")
                .isEqualTo(session.message("hint.selectAnnotation"));

        workspace.review().decide(session.annotations().stream().filter(annotation -> annotation.annotatorId()
                == mona.id()).findFirst().orElseThrow().id(), samir, ReviewStatus.ACCEPTED, "", null);
        reviewerMoves(WorkflowTransition.SIGN_OFF, "");
        session.reload();
        assertThat(session.hintProperty().get()).contains("signed your layer off");
    }

    private void reviewerMoves(WorkflowTransition transition, String comment) {
        workspace.review().transition(article.id(), mona.id(), transition, samir, comment, null);
    }
}
