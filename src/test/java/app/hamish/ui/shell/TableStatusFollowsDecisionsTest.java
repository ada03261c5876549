package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.WorkflowTransition;
import app.hamish.io.SampleCorpus;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation table's status cells follow the decisions through one listener of the table (decision 0067): a
 * reviewer's A draws "accepted" in the row of the annotation decided, also when the status column was scrolled out of
 * view as it was decided; Ctrl+Z draws "pending" again; a row that was off screen when its annotation was decided
 * draws the decision when it comes back; and every row on screen draws its own annotation's status.
 */
class TableStatusFollowsDecisionsTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";
    private static final int ANNOTATIONS = 45;

    @TempDir
    Path folder;

    @Test
    void statusCellsDrawEachDecisionOnScreenAndOff() {
        Path file = monaSubmittedAndTakenBySamir();
        WorkbenchWindow window = WorkbenchHarness.open(file, "samir", Annotator.Role.REVIEWER, ARTICLE, 1200, 800,
                question -> Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            Annotation first = HeadlessFx.call(() -> window.session().annotations().getFirst());
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(first);
                window.articleView().requestFocus();
            });
            HeadlessFx.settle();
            // Decided while the status column, the last, is out of view (a row holds the cells of the columns in
            // view), then scrolled into view.
            KeyPresses.press(robot, KeyCode.A);
            HeadlessFx.run(() -> table(window).scrollToColumnIndex(table(window).getColumns().size() - 1));
            HeadlessFx.settle();
            assertThat(statusDrawn(window, first)).isEqualTo("accepted");
            assertEveryRowDrawsItsStatus(window);

            KeyPresses.press(robot, KeyCode.Z, KeyCode.CONTROL);
            assertThat(statusDrawn(window, first)).isEqualTo("pending");
            assertEveryRowDrawsItsStatus(window);

            // Decided while its row is off screen, among the flow's spare rows; then shown again.
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(first);
                table(window).scrollTo(table(window).getItems().size() - 1);
                table(window).layout();
                window.reviewModel().accept();
            });
            HeadlessFx.settle();
            HeadlessFx.run(() -> table(window).scrollTo(0));
            HeadlessFx.settle();
            assertThat(statusDrawn(window, first)).isEqualTo("accepted");
            assertEveryRowDrawsItsStatus(window);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** A workspace where samir reviews mona's layer of the article: entities every 20 characters, none decided. */
    private Path monaSubmittedAndTakenBySamir() {
        Path file = folder.resolve("review.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            for (int i = 0; i < ANNOTATIONS; i++) {
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(i * 20 + 1, i * 20 + 8), Label.ENTITY, null, "",
                        Provenance.MANUAL));
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "",
                    null);
        }
        return file;
    }

    private static void assertEveryRowDrawsItsStatus(WorkbenchWindow window) {
        List<String[]> rows = HeadlessFx.call(() -> {
            Map<Long, ReviewDecision> decisions = window.session().decisions();
            return rowsOnScreen(window).stream().map(row -> new String[] {statusIn(row),
                ReviewDecision.stands(decisions.get(row.getItem().id()), row.getItem())
                    ? decisions.get(row.getItem().id()).status().code() : "pending"}).toList();
        });
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row[0]).isEqualTo(row[1]));
    }

    private static String statusDrawn(WorkbenchWindow window, Annotation annotation) {
        return HeadlessFx.call(() -> statusIn(rowsOnScreen(window).stream()
                .filter(row -> row.getItem().id() == annotation.id()).findFirst().orElseThrow()));
    }

    private static String statusIn(TableRow<Annotation> row) {
        TableColumn<Annotation, ?> status = row.getTableView().getColumns().getLast();
        for (Node node : row.getChildrenUnmodifiable()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == status) {
                return ((Text) cell.lookup(".text")).getText();
            }
        }
        throw new AssertionError("no status cell");
    }

    @SuppressWarnings("unchecked")
    private static List<TableRow<Annotation>> rowsOnScreen(WorkbenchWindow window) {
        return table(window).lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty())
                .map(node -> (TableRow<Annotation>) node).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Annotation> table(WorkbenchWindow window) {
        return (TableView<Annotation>) window.stage().getScene().lookup("#annotation-table");
    }
}
