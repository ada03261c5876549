package app.hamish.ui.article;

import javafx.geometry.Bounds;
import javafx.scene.paint.Paint;

/**
 * One rectangle painted over or under a paragraph's text: a highlight's tint, its underline or layer lane, a piece
 * of the text selection, the selected annotation's outline, or a change being saved (decision 0078). A paragraph
 * paints them on one surface per layer ({@link ShapeLayer}) instead of a scene-graph node each; this is what tests
 * ask for where they looked up nodes (through the test side's {@code PaintedShapes}).
 *
 * @param mark the highlight's mark; null for the selection, the outline and a change being saved
 * @param bounds where the rectangle is, in the coordinates of whoever handed it out
 * @param fill null when the rectangle is only stroked
 * @param stroke null when the rectangle is only filled
 * @param dashed whether the stroke is dashed (a suggestion's)
 */
record PaintedShape(Kind kind, Mark mark, Bounds bounds, Paint fill, Paint stroke, double strokeWidth,
                    boolean dashed) {
    enum Kind { HIGHLIGHT, UNDERLINE, LAYER_LANE, SELECTION, OUTLINE, SAVING }

    PaintedShape movedTo(Bounds elsewhere) {
        return new PaintedShape(kind, mark, elsewhere, fill, stroke, strokeWidth, dashed);
    }
}
