package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.ui.shell.HeadlessFx;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.Test;

/**
 * A key that adds one annotation costs the annotation table the rows whose look it changed (decision 0051): the
 * rows below a new one show other annotations, which changes their text and nothing of their look, so they are not
 * styled again; and a jump to a row out of view keeps each row's stripe, so no row is restyled for it. A cell that
 * joins a row (a column shown) is styled before it is measured.
 */
class AnnotationTableRowsTest extends ShownAnnotationTable {
    /**
     * Set on every row and cell by the test, at a value no stylesheet gives: a CSS pass over a node sets it back to
     * the stylesheet's 1, so a node found at 1 after a key was styled again.
     */
    private static final String MARKER = "data:text/css,.table-row-cell,.table-cell{-fx-opacity:1;}";
    private static final double UNSTYLED = 0.5;
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");

    @Override
    String label(int n) {
        return Label.ENTITY;
    }

    @Override
    String[] stylesheets() {
        return new String[] {MARKER};
    }

    @Test
    void aTagInViewRestylesOnlyTheRowsWhoseStateChanged() {
        // An annotation in the middle of the rows on screen is selected: the new one lands among them.
        HeadlessFx.run(() -> session.selectAnnotation(session.annotations().get(visibleRows().get(3).getIndex())));
        HeadlessFx.settle();
        Span word = HeadlessFx.call(() -> free.stream()
                .filter(span -> span.start() > session.selectedProperty().get().span().end()).findFirst()
                .orElseThrow());

        int firstBefore = HeadlessFx.call(() -> visibleRows().getFirst().getIndex());
        Map<TableRow<?>, Before> before = HeadlessFx.call(this::marked);
        HeadlessFx.run(() -> {
            model.select(word.start(), word.end(), true);
            model.annotate(Label.CLAIM, null);
        });
        HeadlessFx.settle();

        HeadlessFx.run(() -> {
            assertThat(table.getSelectionModel().getSelectedItem().span()).isEqualTo(word);
            assertThat(visibleRows().getFirst().getIndex()).as("the first row on screen").isEqualTo(firstBefore);
            assertThat(before.entrySet().stream().filter(row -> row.getKey().getItem() != row.getValue().item))
                    .as("rows below the new one show other annotations").hasSizeGreaterThan(3);
            assertThat(restyled(before)).as("rows styled again")
                    .isSubsetOf(stateChanged(before)).isNotEmpty();
        });
        looksAsStyledEverywhere();
    }

    @Test
    void aJumpToARowOutOfViewKeepsTheStripeOfEachRow() {
        HeadlessFx.run(() -> session.selectAnnotation(session.annotations().getFirst()));
        HeadlessFx.settle();
        // Its row is the 41st, an odd number of rows below the first on screen: every place on screen changes stripe.
        Span far = free.get(40);

        Map<TableRow<?>, Before> before = HeadlessFx.call(this::marked);
        HeadlessFx.run(() -> {
            model.select(far.start(), far.end(), true);
            model.annotate(Label.CLAIM, null);
        });
        HeadlessFx.settle();

        HeadlessFx.run(() -> {
            int selected = table.getSelectionModel().getSelectedIndex();
            assertThat(table.getItems().get(selected).span()).isEqualTo(far);
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            assertThat(selected).as("the table scrolled to the new row")
                    .isBetween(flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex());
            assertThat(before.entrySet().stream()
                    .filter(row -> row.getKey().getPseudoClassStates().contains(ODD) != row.getValue().odd()))
                    .as("rows that changed stripe").hasSizeLessThanOrEqualTo(1);
            assertThat(restyled(before)).as("rows styled again").isSubsetOf(stateChanged(before));
        });
        looksAsStyledEverywhere();
    }

    @Test
    void aColumnShownIsMeasuredWithTheTablesFontInThePulseThatShowsIt() {
        TableColumn<Annotation, ?> note = HeadlessFx.call(() -> table.getColumns().get(4));
        HeadlessFx.run(() -> note.setVisible(false));
        HeadlessFx.settle();
        // The column's cells, out of the rows, miss the font's change.
        HeadlessFx.run(() -> table.setStyle("-fx-font-size: 24px;"));
        HeadlessFx.settle();

        HeadlessFx.run(() -> {
            note.setVisible(true);
            // One pulse: its CSS pass, then its layout pass.
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            for (TableRow<?> row : visibleRows()) {
                assertThat(row.getChildrenUnmodifiable()).as("cells of row %d", row.getIndex())
                        .hasSize(table.getVisibleLeafColumns().size())
                        .allSatisfy(cell -> assertThat(((TableCell<?, ?>) cell).getFont().getSize())
                                .as("its %s cell's font", ((TableCell<?, ?>) cell).getTableColumn().getText())
                                .isEqualTo(24));
            }
        });
    }

    /** A row's state before the key: its annotation and pseudo-classes. */
    private record Before(Annotation item, Set<PseudoClass> states) {
        boolean odd() {
            return states.contains(ODD);
        }
    }

    /** Sets the marker on every row and cell on screen and notes what each row showed. */
    private Map<TableRow<?>, Before> marked() {
        Map<TableRow<?>, Before> rows = new IdentityHashMap<>();
        for (TableRow<?> row : allRows()) {
            rows.put(row, new Before((Annotation) row.getItem(), Set.copyOf(row.getPseudoClassStates())));
            row.setOpacity(UNSTYLED);
            row.lookupAll(".table-cell").forEach(cell -> cell.setOpacity(UNSTYLED));
        }
        return rows;
    }

    /** The rows that were styled again, themselves or a cell of theirs. */
    private static List<TableRow<?>> restyled(Map<TableRow<?>, Before> before) {
        return before.keySet().stream().filter(row -> row.getOpacity() != UNSTYLED
                || row.lookupAll(".table-cell").stream().anyMatch(cell -> cell.getOpacity() != UNSTYLED)).toList();
    }

    private static List<TableRow<?>> stateChanged(Map<TableRow<?>, Before> before) {
        return before.entrySet().stream()
                .filter(row -> !row.getValue().states().equals(row.getKey().getPseudoClassStates()))
                .<TableRow<?>>map(Map.Entry::getKey).toList();
    }

    /** The table as drawn equals the table with every row styled again. */
    private void looksAsStyledEverywhere() {
        HeadlessFx.run(() -> {
            for (TableRow<?> row : allRows()) {
                row.setOpacity(1);
                row.lookupAll(".table-cell").forEach(cell -> cell.setOpacity(1));
            }
        });
        Image drawn = HeadlessFx.call(() -> table.snapshot(null, null));
        HeadlessFx.run(() -> allRows().forEach(Node::applyCss));
        Image restyled = HeadlessFx.call(() -> table.snapshot(null, null));
        assertThat(differingPixels(drawn, restyled)).as("pixels unlike a table styled everywhere").isZero();
    }

    private static int differingPixels(Image a, Image b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader one = a.getPixelReader();
        PixelReader other = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (one.getArgb(x, y) != other.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private List<TableRow<?>> allRows() {
        return table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance)
                .<TableRow<?>>map(node -> (TableRow<?>) node).toList();
    }

    /** The rows showing an annotation on screen, top to bottom. */
    private List<TableRow<?>> visibleRows() {
        return allRows().stream().filter(Node::isVisible).filter(row -> !row.isEmpty())
                .sorted(java.util.Comparator.comparingInt(IndexedCell::getIndex)).toList();
    }
}
