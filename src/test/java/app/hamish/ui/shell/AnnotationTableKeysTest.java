package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a click on a row of the annotation table, the review keys act on that annotation. */
class AnnotationTableKeysTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aReviewerClicksARowThenAcceptsAndRejectsFromTheKeyboard() {
        Path file = folder.resolve("review.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            for (String[] span : new String[][] {{"علي مملوك", Label.ENTITY},
                    {"مصادر مطلعة", Label.UNVERIFIED_SOURCE}}) {
                int at = article.text().value().indexOf(span[0]);
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + span[0].length()), span[1], null, "",
                        Provenance.MANUAL));
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, "samir", Annotator.Role.REVIEWER, ARTICLE, 1200, 800,
                question -> Optional.of("not named"));
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            KeyPresses.press(robot, KeyCode.T, KeyCode.CONTROL, KeyCode.ALT);

            clickRow(window, robot, 0);
            KeyPresses.press(robot, KeyCode.A);
            // Accepted, the entity's gold copy is listed after it: the source is now the third row.
            clickRow(window, robot, 2);
            KeyPresses.press(robot, KeyCode.R);

            assertThat(HeadlessFx.call(() -> window.session().annotations().stream()
                    .filter(annotation -> annotation.annotatorId() != Annotator.GOLD_ID)
                    .map(annotation -> window.session().decisions().get(annotation.id()))
                    .map(decision -> decision == null ? null : decision.status()).toList()))
                    .containsExactly(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static void clickRow(WorkbenchWindow window, Robot robot, int index) {
        HeadlessFx.run(() -> {
            Node row = window.stage().getScene().getRoot().lookupAll(".table-row-cell").stream()
                    .filter(node -> node instanceof TableRow<?> tableRow && tableRow.getIndex() == index)
                    .findFirst().orElseThrow();
            Bounds bounds = row.localToScreen(row.getBoundsInLocal());
            robot.mouseMove(bounds.getMinX() + 30, bounds.getCenterY());
            robot.mouseClick(MouseButton.PRIMARY);
        });
        HeadlessFx.settle();
        assertThat(HeadlessFx.call(() -> window.stage().getScene().getFocusOwner()))
                .as("the click leaves the keyboard with the table").isInstanceOf(
                        javafx.scene.control.TableView.class);
    }
}
