package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.ui.shell.HeadlessFx;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;

/**
 * The annotation table shows the session's annotations, in its order or in a column's, after every key: each row on
 * screen shows the annotation of its place, each of its cells that annotation's value, with the stripe and selection
 * of its place; the selection follows both ways; a colleague's annotation arriving takes its place; sorted by a
 * column, a tag lands at its sorted place (decision 0079).
 */
class AnnotationTableShowsTheSessionTest extends ShownAnnotationTable {
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    @Override
    String label(int n) {
        return n % 3 == 0 ? Label.CLAIM : Label.ENTITY;
    }

    @Test
    void afterEachTagDeleteAndUndoEveryRowShowsTheAnnotationOfItsPlace() {
        selectRowOnScreen(3);
        Span word = freeWordAfterTheSelection();

        tag(word);
        showsTheSession("after a tag among the rows on screen");

        HeadlessFx.run(model::deleteSelected);
        HeadlessFx.settle();
        showsTheSession("after its delete");

        HeadlessFx.run(session::undo);
        HeadlessFx.settle();
        showsTheSession("after the undo");

        HeadlessFx.run(() -> session.selectAnnotation(session.annotations().getFirst()));
        HeadlessFx.settle();
        tag(free.get(40));
        showsTheSession("after a tag out of view, which the table jumps to");
    }

    @Test
    void aRowChosenSelectsItsAnnotationAndAnAnnotationSelectedSelectsItsRow() {
        int row = selectRowOnScreen(2);
        HeadlessFx.run(() -> assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(row));
        showsTheSession("an annotation selected in the session");

        HeadlessFx.run(() -> table.getSelectionModel().clearAndSelect(row + 2));
        HeadlessFx.settle();
        HeadlessFx.run(() -> assertThat(session.selectedProperty().get())
                .as("the session's selection after a row is chosen").isSameAs(table.getItems().get(row + 2)));
        showsTheSession("a row chosen");

        HeadlessFx.run(() -> table.getSelectionModel().selectNext());
        HeadlessFx.settle();
        HeadlessFx.run(() -> assertThat(session.selectedProperty().get())
                .as("the session's selection after the next row").isSameAs(table.getItems().get(row + 3)));
        showsTheSession("the next row chosen");
    }

    @Test
    void aColleaguesAnnotationArrivingTakesItsPlaceAndTheSelectionStays() {
        selectRowOnScreen(4);
        Annotation selected = HeadlessFx.call(() -> session.selectedProperty().get());
        Span colleagues = HeadlessFx.call(() -> free.stream()
                .filter(span -> span.end() < selected.span().start()).reduce((first, second) -> second)
                .orElseThrow());
        Annotator omar = workspace.annotations().annotator("omar", Annotator.Role.ANNOTATOR);
        workspace.annotations().create(new NewAnnotation(article.id(), omar.id(), colleagues,
                Label.ENTITY, null, "", Provenance.MANUAL));

        HeadlessFx.run(session::reload);
        HeadlessFx.settle();

        HeadlessFx.run(() -> {
            assertThat(table.getItems()).anyMatch(annotation -> annotation.span().equals(colleagues)
                    && annotation.annotatorId() == omar.id());
            assertThat(session.selectedProperty().get().id()).isEqualTo(selected.id());
        });
        showsTheSession("after a colleague's annotation arrived above the selection");
    }

    @Test
    void sortedByAColumnATagLandsAtItsSortedPlaceSelected() {
        HeadlessFx.run(() -> {
            TableColumn<Annotation, ?> label = table.getColumns().getFirst();
            label.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().add(label);
        });
        HeadlessFx.settle();
        selectRowOnScreen(3);
        // First in the label column's descending order, where the rows' end is not.
        tag(freeWordAfterTheSelection(), Label.UNVERIFIED_SOURCE);

        HeadlessFx.run(() -> {
            TableColumn<Annotation, ?> label = table.getColumns().getFirst();
            List<Object> labels = table.getItems().stream()
                    .<Object>map(annotation -> label.getCellObservableValue(annotation).getValue()).toList();
            assertThat(labels).as("the rows in the label column's order")
                    .isSortedAccordingTo(Comparator.comparing(Object::toString).reversed());
            assertThat(table.getItems()).hasSameSizeAs(session.annotations())
                    .containsExactlyInAnyOrderElementsOf(session.annotations());
        });
        showsTheSession("after a tag in a table sorted by its label column");

        HeadlessFx.run(model::deleteSelected);
        HeadlessFx.settle();
        HeadlessFx.run(() -> assertThat(table.getItems()).hasSameSizeAs(session.annotations())
                .containsExactlyInAnyOrderElementsOf(session.annotations()));
        showsTheSession("after its delete, sorted");
    }

    /** Selects, in the session, the annotation shown by the n-th row on screen; its index. */
    private int selectRowOnScreen(int nth) {
        int row = HeadlessFx.call(() -> visibleRows().get(nth).getIndex());
        HeadlessFx.run(() -> session.selectAnnotation(table.getItems().get(row)));
        HeadlessFx.settle();
        return row;
    }

    private Span freeWordAfterTheSelection() {
        return HeadlessFx.call(() -> free.stream()
                .filter(span -> span.start() > session.selectedProperty().get().span().end()).findFirst()
                .orElseThrow());
    }

    private void tag(Span word) {
        tag(word, Label.CLAIM);
    }

    private void tag(Span word, String label) {
        HeadlessFx.run(() -> {
            model.select(word.start(), word.end(), true);
            model.annotate(label, null);
        });
        HeadlessFx.settle();
        HeadlessFx.run(() -> assertThat(session.selectedProperty().get().span()).isEqualTo(word));
    }

    /**
     * The rows are the session's annotations (in its order unless sorted by a column), and every row on screen
     * shows the annotation of its place: each cell its column's value, the stripe of its place, and the selection
     * on the selected annotation's row alone.
     */
    private void showsTheSession(String when) {
        HeadlessFx.run(() -> {
            if (table.getSortOrder().isEmpty()) {
                assertThat(table.getItems()).as("the rows %s", when).containsExactlyElementsOf(session.annotations());
            }
            Annotation selected = session.selectedProperty().get();
            // Equal, not the same: a reload selects the annotation as read again, the rows keep the one they show.
            assertThat(table.getSelectionModel().getSelectedItem()).as("the table's selection %s", when)
                    .isEqualTo(selected);
            List<TableRow<?>> rows = visibleRows();
            assertThat(rows).as("rows on screen %s", when).hasSizeGreaterThan(4);
            for (TableRow<?> row : rows) {
                int index = row.getIndex();
                Annotation shown = table.getItems().get(index);
                assertThat(row.getItem()).as("row %d %s", index, when).isSameAs(shown);
                assertThat(row.getPseudoClassStates().contains(ODD)).as("row %d's stripe %s", index, when)
                        .isEqualTo(index % 2 != 0);
                assertThat(row.getPseudoClassStates().contains(SELECTED)).as("row %d selected %s", index, when)
                        .isEqualTo(shown.equals(selected));
                for (Node node : row.getChildrenUnmodifiable()) {
                    TableCell<?, ?> cell = (TableCell<?, ?>) node;
                    Object value = cell.getTableColumn().getCellObservableValue(index).getValue();
                    assertThat(cell.getIndex()).as("row %d's %s cell's index %s", index,
                            cell.getTableColumn().getText(), when).isEqualTo(index);
                    assertThat(Objects.requireNonNullElse(cell.getAccessibleText(), "")).as("row %d's %s cell %s", index,
                            cell.getTableColumn().getText(), when).isEqualTo(value == null ? "" : value.toString());
                }
            }
        });
    }

    private List<TableRow<?>> visibleRows() {
        return table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance)
                .<TableRow<?>>map(node -> (TableRow<?>) node).filter(Node::isVisible).filter(row -> !row.isEmpty())
                .sorted(Comparator.comparingInt(IndexedCell::getIndex)).toList();
    }
}
