package app.hamish;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the gold layer's tests (decision 0027): one article in a new workspace file ({@code w.db}), two
 * annotators to mark it, mona and ali, and a reviewer, samir, to adjudicate their layers.
 */
public abstract class TwoLayerArticleTest {
    protected static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    @TempDir
    protected Path folder;
    protected Workspace workspace;
    protected Article article;
    protected Annotator mona;
    protected Annotator ali;
    protected Annotator samir;

    @BeforeEach
    void twoAnnotatorsAndAReviewer() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = importArticle(workspace);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
        samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** The article, {@code a1}, imported into a workspace. */
    protected static Article importArticle(Workspace into) {
        return into.corpus().importArticles(List.of(
                new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"))).imported().getFirst();
    }

    /** Marks the first occurrence of {@code text} in the article, in the layer of {@code by}. */
    protected Annotation annotate(Annotator by, String text, String label, String subtype) {
        int at = TEXT.indexOf(text);
        return workspace.annotations().create(new NewAnnotation(article.id(), by.id(),
                new Span(at, at + text.length()), label, subtype, "", Provenance.MANUAL));
    }

    /** Submits the layer of {@code owner} and has samir take it for review. */
    protected void toReview(Annotator owner) {
        for (WorkflowTransition step : List.of(WorkflowTransition.SUBMIT, WorkflowTransition.TAKE_FOR_REVIEW)) {
            workspace.review().transition(article.id(), owner.id(), step, step.byReviewer() ? samir : owner, "", null);
        }
    }
}
