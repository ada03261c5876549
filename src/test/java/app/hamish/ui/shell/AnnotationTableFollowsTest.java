package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation table follows the selection, scrolling only when the selected row is out of view: each scroll lays
 * the rows out once more, and a key in the article selects an annotation most of the time already on screen.
 */
class AnnotationTableFollowsTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";
    private static final int ANNOTATIONS = 80;

    @TempDir
    Path folder;

    @Test
    void aRowInViewIsSelectedWithoutScrollingAndARowOutOfViewIsScrolledTo() {
        Path file = folder.resolve("follow.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Matcher word = Pattern.compile("\\p{L}+").matcher(article.text().value());
            for (int made = 0; made < ANNOTATIONS && word.find(); made++) {
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(word.start(), word.end()), Label.ENTITY, null, "",
                        Provenance.MANUAL));
            }
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, "mona", Annotator.Role.ANNOTATOR, ARTICLE, 1200, 800,
                question -> java.util.Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            KeyPresses.press(robot, KeyCode.T, KeyCode.CONTROL, KeyCode.ALT);
            HeadlessFx.settle();
            int firstBefore = HeadlessFx.call(() -> first(window).getIndex());
            int lastBefore = HeadlessFx.call(() -> last(window).getIndex());
            assertThat(lastBefore - firstBefore).as("the table shows several rows").isGreaterThan(4);

            int inView = firstBefore + 2;
            select(window, inView);
            assertThat(HeadlessFx.call(() -> table(window).getSelectionModel().getSelectedIndex())).isEqualTo(inView);
            assertThat(HeadlessFx.call(() -> first(window).getIndex()))
                    .as("a row in view is selected where it is, without a scroll").isEqualTo(firstBefore);

            int outOfView = lastBefore + 20;
            select(window, outOfView);
            assertThat(HeadlessFx.call(() -> table(window).getSelectionModel().getSelectedIndex()))
                    .isEqualTo(outOfView);
            assertThat(HeadlessFx.call(() -> first(window).getIndex() <= outOfView
                    && outOfView <= last(window).getIndex()))
                    .as("the table follows a selection out of view").isTrue();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static void select(WorkbenchWindow window, int row) {
        HeadlessFx.run(() -> {
            Annotation annotation = window.session().annotations().get(row);
            window.session().selectAnnotation(annotation);
        });
        HeadlessFx.settle();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Annotation> table(WorkbenchWindow window) {
        return (TableView<Annotation>) window.stage().getScene().getRoot().lookup("#annotation-table");
    }

    private static IndexedCell<?> first(WorkbenchWindow window) {
        return ((VirtualFlow<?>) table(window).lookup(".virtual-flow")).getFirstVisibleCell();
    }

    private static IndexedCell<?> last(WorkbenchWindow window) {
        return ((VirtualFlow<?>) table(window).lookup(".virtual-flow")).getLastVisibleCell();
    }
}
