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
import app.hamish.store.SqliteWorkspaceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's accept, reject, undo and redo show the decision and the gold copies it made or removed, alone
 * (decision 0034): afterwards the session shows exactly what a fresh load of the article shows, and no step read
 * the article's whole list of annotations, relations, decisions or gold provenance to get there.
 */
class ReviewersDecisionsShownAloneTest {
    private static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا ثم عاد إلى دمشق";

    @TempDir
    Path folder;
    private final WholeArticleReads reads = new WholeArticleReads();
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private Annotator ali;
    private Annotator samir;
    private Annotation widened;

    /**
     * Mona and Ali in review, with two identical spans (one gold copy for both); Mona widened an accepted span after
     * a return, so accepting it again replaces gold's copy of the old span.
     */
    @BeforeEach
    void twoLayersInReview() {
        workspace = reads.workspace(SqliteWorkspaceStore.open(folder.resolve("w.db")));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
        samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        annotate(mona, "علي مملوك", Label.ENTITY);
        annotate(mona, "زار القاهرة", Label.CLAIM);
        annotate(mona, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
        Annotation damascus = annotate(mona, "دمشق", Label.ENTITY);
        annotate(ali, "علي مملوك", Label.ENTITY);
        annotate(ali, "القاهرة", Label.ENTITY);
        annotate(ali, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
        toReview(mona);
        toReview(ali);
        workspace.review().decide(damascus.id(), samir, ReviewStatus.ACCEPTED, "", null);
        move(mona, WorkflowTransition.RETURN, samir, "the whole place");
        widened = workspace.annotations().update(new Annotation(damascus.id(), damascus.articleId(),
                damascus.annotatorId(), spanOf("إلى دمشق"), damascus.label(), damascus.subtype(), "",
                damascus.provenance(), damascus.created(), damascus.updated(), damascus.version()), mona);
        toReview(mona);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void acceptRejectUndoAndRedoShowWhatAFreshLoadShowsWithoutReadingTheArticleAgain() {
        for (int seed = 0; seed < 6; seed++) {
            ArticleSession session = OneArticle.session(workspace, article, samir, Locale.ENGLISH);
            reads.taken();
            Random random = new Random(seed);
            // First the widened span: its accept also takes gold's copy of the old span away.
            step(session, () -> session.execute(new Decide(shown(session, widened.id()), ReviewStatus.ACCEPTED, "")));
            for (int i = 0; i < 40; i++) {
                List<Annotation> reviewed = session.annotations().stream()
                        .filter(annotation -> annotation.annotatorId() != Annotator.GOLD_ID).toList();
                Annotation chosen = reviewed.get(random.nextInt(reviewed.size()));
                switch (random.nextInt(5)) {
                    case 0, 1 -> step(session, () -> session.execute(
                            new Decide(chosen, ReviewStatus.ACCEPTED, "")));
                    case 2 -> step(session, () -> session.execute(
                            new Decide(chosen, ReviewStatus.REJECTED, "not in the text")));
                    case 3 -> step(session, session::undo);
                    default -> step(session, session::redo);
                }
            }
            while (session.canUndoProperty().get()) {
                step(session, session::undo);
            }
        }
    }

    private void step(ArticleSession session, Runnable action) {
        action.run();
        assertThat(reads.taken()).as("whole-article reads of one decision").isEmpty();
        ArticleSession fresh = OneArticle.session(workspace, article, samir, Locale.ENGLISH);
        assertThat(session.annotations()).isEqualTo(fresh.annotations());
        assertThat(session.relations()).isEqualTo(fresh.relations());
        assertThat(session.decisions()).isEqualTo(fresh.decisions());
        assertThat(session.layerStates()).isEqualTo(fresh.layerStates());
        reads.taken();
    }

    private static Annotation shown(ArticleSession session, long id) {
        return session.annotations().stream().filter(annotation -> annotation.id() == id).findFirst().orElseThrow();
    }

    private Span spanOf(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private Annotation annotate(Annotator by, String words, String label) {
        return workspace.annotations().create(new NewAnnotation(article.id(), by.id(), spanOf(words), label, null,
                "", Provenance.MANUAL));
    }

    private void toReview(Annotator owner) {
        move(owner, WorkflowTransition.SUBMIT, owner, "");
        move(owner, WorkflowTransition.TAKE_FOR_REVIEW, samir, "");
    }

    private void move(Annotator owner, WorkflowTransition transition, Annotator by, String comment) {
        workspace.review().transition(article.id(), owner.id(), transition, by, comment, null);
    }
}
