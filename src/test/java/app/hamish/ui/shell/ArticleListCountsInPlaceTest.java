package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag changes the open article's count in the article list's labels already drawn (decision 0058): labels made
 * anew on every key were styled and laid out before the frame that showed it.
 */
class ArticleListCountsInPlaceTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aTagChangesTheCountInTheLabelsAlreadyDrawn() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        try {
            HeadlessFx.settle();
            Labeled before = counts(window);
            String countBefore = before.getText();

            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleModel().annotate(Label.ENTITY, null);
            });
            HeadlessFx.settle();
            Labeled after = counts(window);

            assertThat(after).isSameAs(before);
            assertThat(after.getText()).isNotEqualTo(countBefore).contains(
                    " " + HeadlessFx.call(() -> window.session().annotations().size()) + " ");
            assertThat(HeadlessFx.call(() -> ((Labeled) row(window).lookup(".article-id")).getText()))
                    .isEqualTo(ARTICLE);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** The count label of the open article's row in the list. */
    private static Labeled counts(WorkbenchWindow window) {
        return HeadlessFx.call(() -> (Labeled) row(window).lookup(".article-counts"));
    }

    /** The list's row showing the open article. */
    private static ListCell<?> row(WorkbenchWindow window) {
        return window.stage().getScene().lookup("#article-list").lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getItem() instanceof ArticleSummary summary
                        && summary.externalId().equals(ARTICLE))
                .findFirst().orElseThrow();
    }
}
