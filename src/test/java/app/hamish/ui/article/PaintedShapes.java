package app.hamish.ui.article;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.paint.Paint;

/**
 * What an article view paints over its paragraphs, for the tests of other packages, in place of looking up shape
 * nodes: the painted rectangles themselves stay inside the article package. On the FX thread.
 */
public final class PaintedShapes {
    private PaintedShapes() {
    }

    /**
     * One painted rectangle.
     *
     * @param mark the highlight's mark
     * @param bounds where it is, in the view's coordinates
     * @param fill its colour
     */
    public record Shape(Mark mark, Bounds bounds, Paint fill) {
    }

    /** The highlights' tints on screen, a rectangle per line of each. */
    public static List<Shape> highlights(ArticleView view) {
        return of(view, PaintedShape.Kind.HIGHLIGHT);
    }

    /** The layers' lanes under the highlights on screen, in adjudication. */
    public static List<Shape> layerLanes(ArticleView view) {
        return of(view, PaintedShape.Kind.LAYER_LANE);
    }

    /** What is drawn as saving on screen (decision 0078): a rectangle per line of each change waiting to commit. */
    public static List<Shape> saving(ArticleView view) {
        return of(view, PaintedShape.Kind.SAVING);
    }

    private static List<Shape> of(ArticleView view, PaintedShape.Kind kind) {
        return view.paintedShapes().stream().filter(shape -> shape.kind() == kind)
                .map(shape -> new Shape(shape.mark(), shape.bounds(), shape.fill())).toList();
    }
}
