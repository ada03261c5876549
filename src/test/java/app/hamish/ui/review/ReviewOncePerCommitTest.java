package app.hamish.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.OneArticle;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review pane follows the session's one signal per commit, not each list the commit changed. */
class ReviewOncePerCommitTest {
    private static final String TEXT = "قال مصدر إن علي مملوك زار القاهرة.";

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFirstTagOfALayerChangesItsAnnotationsAndItsStateAndTheLayersAreRebuiltOnce() {
        Article article = OneArticle.importInto(workspace, TEXT);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        ArticleSession session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
        ReviewViewModel review = new ReviewViewModel(session, id -> "mona");
        AtomicInteger rebuilt = new AtomicInteger();
        review.layers().addListener((ListChangeListener<ReviewViewModel.Layer>) change -> rebuilt.incrementAndGet());

        int at = TEXT.indexOf("علي مملوك");
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(at, at + 9),
                Label.ENTITY, null, "", Provenance.MANUAL)));

        assertThat(review.layers()).singleElement().satisfies(layer -> {
            assertThat(layer.annotations()).isEqualTo(1);
            assertThat(layer.state()).isEqualTo(WorkflowState.IN_PROGRESS);
        });
        assertThat(rebuilt).hasValue(1);
    }
}
