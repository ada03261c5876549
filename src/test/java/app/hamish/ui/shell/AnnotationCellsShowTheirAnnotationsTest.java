package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation table's cells draw their own text, shaped once and cut only when it does not fit (decision 0063):
 * what a row draws is its annotation's, after a relabel, after an undo, after a tag far below the rows on screen, and
 * a span too long for its column is cut where a label of the column's width cut it.
 */
class AnnotationCellsShowTheirAnnotationsTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";
    private static final int LABEL = 0;
    private static final int TEXT = 1;
    private static final Map<String, String> NAMES = Map.of(Label.ENTITY, "Entity", Label.CLAIM, "Claim",
            Label.UNVERIFIED_SOURCE, "Unverified source");

    @TempDir
    Path folder;

    @Test
    void aRowDrawsItsAnnotationsNewLabelAfterARelabelAndTheOldOneAfterUndo() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                for (Span span : List.of(new Span(41, 50), new Span(60, 70), new Span(80, 90))) {
                    window.session().selectText(span);
                    window.articleModel().annotate(Label.ENTITY, null);
                }
                window.articleView().requestFocus();
            });
            HeadlessFx.settle();
            assertThat(drawn(window, selected(window), LABEL)).isEqualTo("Entity");

            HeadlessFx.run(() -> window.articleModel().setLabel(Label.CLAIM, null));
            HeadlessFx.settle();
            assertThat(drawn(window, selected(window), LABEL)).isEqualTo("Claim");
            assertEveryRowDrawsItsOwnAnnotation(window);

            KeyPresses.press(robot, KeyCode.Z, KeyCode.CONTROL);
            assertThat(HeadlessFx.call(() -> table(window).getItems().stream().map(Annotation::label).toList()))
                    .containsOnly(Label.ENTITY);
            assertEveryRowDrawsItsOwnAnnotation(window);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void aTagFarBelowTheRowsOnScreenIsSelectedShownAndDrawnWhole() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        try {
            HeadlessFx.run(() -> {
                for (int start = 0; start < 1200; start += 20) {
                    window.session().selectText(new Span(start + 1, start + 8));
                    window.articleModel().annotate(Label.ENTITY, null);
                }
                window.session().selectAnnotation(window.session().annotations().getFirst());
            });
            HeadlessFx.settle();
            int lastOnScreen = HeadlessFx.call(() -> last(window).getIndex());

            HeadlessFx.run(() -> {
                window.session().selectText(new Span(1700, 1760));
                window.articleModel().annotate(Label.UNVERIFIED_SOURCE, null);
            });
            HeadlessFx.settle();

            int row = HeadlessFx.call(() -> table(window).getSelectionModel().getSelectedIndex());
            assertThat(row).as("the new annotation's row, below those that were on screen")
                    .isGreaterThan(lastOnScreen + 5);
            assertThat(HeadlessFx.call(() -> table(window).getSelectionModel().getSelectedItem()))
                    .isEqualTo(HeadlessFx.call(() -> window.session().selectedProperty().get()));
            assertThat(HeadlessFx.call(() -> first(window).getIndex() <= row && row <= last(window).getIndex()))
                    .as("the table scrolled to it").isTrue();
            assertThat(drawn(window, selected(window), LABEL)).isEqualTo("Unverified source");
            String span = HeadlessFx.call(() -> window.session().article().text()
                    .slice(window.session().selectedProperty().get().span()).replace('\n', ' '));
            String drawn = drawn(window, selected(window), TEXT);
            assertThat(drawn).as("a span wider than its column is cut with an ellipsis")
                    .endsWith("...").startsWith(drawn.substring(0, drawn.length() - 3));
            assertThat(span).startsWith(drawn.substring(0, drawn.length() - 3));
            assertThat(drawn).as("where a label of the column's width cut it")
                    .isEqualTo(HeadlessFx.call(() -> cutByALabel(cellOf(window, selected(window), TEXT))));
            assertEveryRowDrawsItsOwnAnnotation(window);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** Every row on screen draws its annotation's label, and the start of its span. */
    private static void assertEveryRowDrawsItsOwnAnnotation(WorkbenchWindow window) {
        List<String[]> rows = HeadlessFx.call(() -> rowsOnScreen(window).stream().map(row -> new String[] {
            drawnIn(cellIn(row, LABEL)), NAMES.get(row.getItem().label()),
            drawnIn(cellIn(row, TEXT)).replaceAll("\\.\\.\\.$", ""),
            window.session().article().text().slice(row.getItem().span()).replace('\n', ' ')}).toList());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row[0]).isEqualTo(row[1]);
            assertThat(row[3]).startsWith(row[2]);
        });
    }

    private static String cutByALabel(TableCell<?, ?> cell) {
        javafx.scene.control.Label label = new javafx.scene.control.Label((String) cell.getItem());
        label.setFont(cell.getFont());
        label.setPadding(Insets.EMPTY);
        label.setNodeOrientation(cell.getEffectiveNodeOrientation());
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        new Scene(new Group(label));
        label.applyCss();
        label.resize(room, cell.getHeight());
        label.layout();
        return ((Text) label.lookup(".text")).getText();
    }

    private static Annotation selected(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().selectedProperty().get());
    }

    private static String drawn(WorkbenchWindow window, Annotation annotation, int column) {
        return HeadlessFx.call(() -> drawnIn(cellOf(window, annotation, column)));
    }

    private static String drawnIn(TableCell<?, ?> cell) {
        return ((Text) cell.lookup(".text")).getText();
    }

    private static TableCell<?, ?> cellOf(WorkbenchWindow window, Annotation annotation, int column) {
        return cellIn(rowsOnScreen(window).stream().filter(row -> row.getItem() == annotation).findFirst()
                .orElseThrow(), column);
    }

    private static TableCell<?, ?> cellIn(TableRow<Annotation> row, int column) {
        TableView<Annotation> table = row.getTableView();
        for (Node node : row.getChildrenUnmodifiable()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(column)) {
                return cell;
            }
        }
        throw new AssertionError("no cell of column " + column);
    }

    @SuppressWarnings("unchecked")
    private static List<TableRow<Annotation>> rowsOnScreen(WorkbenchWindow window) {
        return table(window).lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty())
                .map(node -> (TableRow<Annotation>) node).toList();
    }

    private static IndexedCell<?> first(WorkbenchWindow window) {
        return flow(window).getFirstVisibleCell();
    }

    private static IndexedCell<?> last(WorkbenchWindow window) {
        return flow(window).getLastVisibleCell();
    }

    private static VirtualFlow<?> flow(WorkbenchWindow window) {
        return (VirtualFlow<?>) table(window).lookup(".virtual-flow");
    }

    @SuppressWarnings("unchecked")
    private static TableView<Annotation> table(WorkbenchWindow window) {
        return (TableView<Annotation>) window.stage().getScene().lookup("#annotation-table");
    }
}
