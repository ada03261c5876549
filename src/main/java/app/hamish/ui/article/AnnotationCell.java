package app.hamish.ui.article;

import app.hamish.model.Annotation;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;

/**
 * A cell of the annotation table that shapes its text once (decision 0063). A label's skin shaped a new text three
 * or four times (its minimum width and height, the check that it fits, the text drawn) and, cut with an ellipsis,
 * once more per character for Arabic: on a key that gave every row on screen another annotation that was a third of
 * the key's work on the FX thread. Here the text is drawn by a {@link DrawnText}; the drawn text is whole until the
 * cell is laid out, so a column sized to its content fits it.
 */
final class AnnotationCell extends TableCell<Annotation, String> {
    private final DrawnText drawn;

    AnnotationCell(FittedText fitting, NodeOrientation orientation) {
        setNodeOrientation(orientation);
        drawn = new DrawnText(this, fitting);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        drawn.show(empty ? "" : item);
    }

    /** Reads its column's value for its row again: the value changed while the row kept its annotation. */
    void readAgain() {
        int row = getIndex();
        if (row >= 0 && row < getTableView().getItems().size()
                && getTableView().getItems().get(row) == getTableRow().getItem()) {
            updateItem(getTableColumn().getCellObservableValue(row).getValue(), false);
        }
    }

    @Override
    protected void layoutChildren() {
        drawn.fitTo(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
        super.layoutChildren();
    }
}
