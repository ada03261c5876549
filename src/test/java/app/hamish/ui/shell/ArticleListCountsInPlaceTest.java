package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag changes the open article's count in the article list's labels already drawn (decision 0058): labels made
 * anew on every key were styled and laid out before the frame that showed it. The count drawn follows each key, a
 * tag, a delete, an undo and its undo, in the same label, without the list's row being given its article again
 * (decision 0067), and the list's summary says the same count.
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
            String countBefore = drawn(before);

            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleModel().annotate(Label.ENTITY, null);
            });
            HeadlessFx.settle();
            Labeled after = counts(window);

            assertThat(after).isSameAs(before);
            assertThat(drawn(after)).isNotEqualTo(countBefore).contains(
                    " " + HeadlessFx.call(() -> window.session().annotations().size()) + " ");
            assertThat(HeadlessFx.call(() -> ((Labeled) row(window).lookup(".article-id")).getText()))
                    .isEqualTo(ARTICLE);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void theCountDrawnFollowsATagADeleteAndAnUndo() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.settle();
            Labeled counts = counts(window);
            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleView().requestFocus();
            });
            for (KeyCode[] key : new KeyCode[][] {{KeyCode.DIGIT1}, {KeyCode.DELETE}, {KeyCode.Z, KeyCode.CONTROL},
                    {KeyCode.Z, KeyCode.CONTROL}}) {
                KeyPresses.press(robot, key[0], java.util.Arrays.copyOfRange(key, 1, key.length));
                int annotations = HeadlessFx.call(() -> window.session().annotations().size());
                assertThat(drawn(counts)).as("after %s", key[0]).contains(" " + annotations + " ");
                assertThat(counts(window)).isSameAs(counts);
                assertThat(HeadlessFx.call(() -> window.articleList().stream()
                        .filter(summary -> summary.externalId().equals(ARTICLE)).findFirst().orElseThrow()
                        .annotationCount())).as("the list's summary").isEqualTo(annotations);
            }
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** The text a label draws, which its text property is not where it draws its own (decision 0067). */
    private static String drawn(Labeled label) {
        return HeadlessFx.call(() -> ((Text) label.lookup(".text")).getText());
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
