package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change refused because the workspace changed under it shows the workspace as it now is: the way the team
 * server's "changed by someone else" refusal reaches the view (decision 0025).
 */
class RefusedChangeTest {
    @TempDir
    Path folder;

    @Test
    void aChangeToAnAnnotationDeletedElsewhereIsRefusedAndTheArticleShownAsStored() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Article article = OneArticle.importInto(workspace, "خبر من القاهرة عن المفاوضات");
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotation shown = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                    new Span(0, 3), Label.ENTITY, null, "", Provenance.MANUAL));
            ArticleSession session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            assertThat(session.annotations()).containsExactly(shown);

            // As another window of the same analyst would, past this session.
            workspace.annotations().delete(shown, mona);

            assertThat(session.execute(ChangeAnnotation.label(shown, Label.CLAIM, null))).isFalse();
            assertThat(session.hintProperty().get()).contains("no longer exists");
            assertThat(session.annotations()).as("shown as stored").isEmpty();
            assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        }
    }
}
