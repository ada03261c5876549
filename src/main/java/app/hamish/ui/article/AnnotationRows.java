package app.hamish.ui.article;

import app.hamish.model.Annotation;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The annotation table's rows (decision 0051). JavaFX's flow styles every row it places again whenever the row
 * needs a layout, which a new annotation in it is enough for: on a key that adds, removes or changes one annotation
 * every row below it was restyled, cells and texts, though only its text changed. This flow restyles a row only
 * when its look can have changed: a row never styled, or one whose states (odd, selected, focused, empty...)
 * changed with its new index. And it lays its rows out once per changed count, in the layout pass, not once more
 * at the moment the count changes.
 */
final class AnnotationRows extends VirtualFlow<TableRow<Annotation>> {
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    private boolean countChanging;
    private Parent sheet;

    /**
     * A row for the place at {@code index}: JavaFX's flow takes the spare row that was there, or else any spare one,
     * which on a jump gave most rows the other stripe and so a CSS pass each. Here a spare row of the place's
     * stripe comes next: it shows another annotation and keeps its look.
     */
    @Override
    protected TableRow<Annotation> getAvailableCell(int index) {
        if (sheet() == null) {
            return super.getAvailableCell(index);
        }
        boolean odd = index % 2 != 0;
        Integer sameStripe = null;
        List<TableRow<Annotation>> placed = getCells();
        for (Node node : sheet.getChildrenUnmodifiable()) {
            if (node instanceof TableRow<?> row && !placed.contains(row)) {
                if (row.getIndex() == index) {
                    return super.getAvailableCell(index);
                }
                if (sameStripe == null && row.getPseudoClassStates().contains(ODD) == odd) {
                    sameStripe = row.getIndex();
                }
            }
        }
        // The flow hands out the spare row with the index asked for first: asked for the chosen row's own.
        return super.getAvailableCell(sameStripe == null ? index : sameStripe);
    }

    /** The flow's sheet of rows: those placed and, beside them, its spare rows; null if JavaFX names it otherwise. */
    private Parent sheet() {
        if (sheet == null) {
            sheet = (Parent) lookup(".sheet");
        }
        return sheet;
    }

    /**
     * A row of the table. Its skin puts a cell in it (a column shown or added) during the layout pass, after the
     * pulse's CSS pass and after {@link #setCellIndex} styled the row if it did; the cell is styled as it joins, or
     * it would be measured with the default font, not the table's, for a frame.
     */
    static TableRow<Annotation> newRow() {
        TableRow<Annotation> row = new TableRow<>();
        row.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Node::applyCss);
            }
        });
        return row;
    }

    @Override
    protected void setCellIndex(TableRow<Annotation> row, int index) {
        // A row without a skin was never styled; its look is made by its first CSS pass.
        boolean unstyled = row.getSkin() == null;
        Set<PseudoClass> before = Set.copyOf(row.getPseudoClassStates());
        row.updateIndex(index);
        if (row.getScene() != null && (unstyled || !before.equals(row.getPseudoClassStates()))) {
            // In the layout pass, after the pulse's CSS pass: a row whose look changed is styled now, not a frame late.
            row.applyCss();
        }
    }

    /**
     * The table's count of rows changes. JavaFX's flow lays its rows out at once when its count changes, and again
     * in the layout pass that follows, both times placing every row; here the layout pass alone does it.
     */
    void countChanges(Runnable change) {
        countChanging = true;
        try {
            change.run();
        } finally {
            countChanging = false;
        }
    }

    @Override
    protected void layoutChildren() {
        if (countChanging) {
            requestLayout();
            return;
        }
        super.layoutChildren();
    }
}
