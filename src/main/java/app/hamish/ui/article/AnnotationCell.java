package app.hamish.ui.article;

import app.hamish.model.Annotation;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A cell of the annotation table that shapes its text once (decision 0063). A label's skin shaped a new text three
 * or four times (its minimum width and height, the check that it fits, the text drawn) and, cut with an ellipsis,
 * once more per character for Arabic: on a key that gave every row on screen another annotation that was a third of
 * the key's work on the FX thread. Here the text drawn is a {@code Text} of its own, laid out once, and cut only when
 * it does not fit, as a label cuts it ({@link FittedText}). The cell's own text stays empty: a label given another
 * text takes its drawn text out and puts it back, which styles it again; the annotation's text is the cell's
 * accessible text, and the drawn text is whole until the cell is laid out, so a column sized to its content fits it.
 */
final class AnnotationCell extends TableCell<Annotation, String> {
    private final FittedText fitting;
    private final Text shown = new Text();
    private final Rectangle overflow = new Rectangle();
    /** The annotation's text, whole. */
    private String full = "";
    private String fittedText;
    private Font fittedFont;
    private double fittedWidth = Double.NaN;

    AnnotationCell(FittedText fitting, NodeOrientation orientation) {
        this.fitting = fitting;
        // The style class of a label's own text: the same bounds (centred on the capital height), the same rules.
        shown.getStyleClass().add("text");
        shown.fontProperty().bind(fontProperty());
        shown.fillProperty().bind(textFillProperty());
        setNodeOrientation(orientation);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(shown);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? "" : item;
        if (!text.equals(full)) {
            full = text;
            setAccessibleText(text);
            shown.setText(text);
            // The drawn text is whole again: given back the text it last cut before a layout, the cell cuts it anew.
            fittedText = null;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        if (!full.equals(fittedText) || width != fittedWidth || getFont() != fittedFont) {
            fit(full, width);
        }
        super.layoutChildren();
    }

    private void fit(String text, double width) {
        shown.setText(text);
        shown.setText(fitting.fit(text, shown.getLayoutBounds().getWidth(), getFont(), width));
        // A label clips what is still wider than its room, from the side its text starts on.
        double drawn = shown.getLayoutBounds().getWidth();
        if (drawn > width) {
            boolean leftToRight = getEffectiveNodeOrientation() == NodeOrientation.LEFT_TO_RIGHT;
            overflow.setX(leftToRight ? shown.getLayoutBounds().getMinX() : shown.getLayoutBounds().getMaxX() - width);
            overflow.setY(shown.getLayoutBounds().getMinY());
            overflow.setWidth(width);
            overflow.setHeight(shown.getLayoutBounds().getHeight());
            shown.setClip(overflow);
        } else {
            shown.setClip(null);
        }
        fittedText = text;
        fittedFont = getFont();
        fittedWidth = width;
    }
}
