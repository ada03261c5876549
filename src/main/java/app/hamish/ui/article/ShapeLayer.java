package app.hamish.ui.article;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;

/**
 * Paints a list of rectangles, in their order, on canvases instead of a node each: a new highlight then costs the
 * pulse no CSS pass and no scene-graph sync of its own, only the canvas's few drawing commands (decision 0045). The
 * canvases cover just the rectangles, at whole-pixel positions so that each is painted on the same pixels as a
 * {@code Rectangle} node was; a wide or tall paragraph gets a canvas per tile with rectangles on it, each well within
 * a texture's size. A canvas drawn at a fraction of a pixel would be resampled and blur every edge, so the canvases
 * sit on the scene's whole pixels, wherever the paragraph is scrolled to, and paint the rectangles at their
 * fractions.
 */
final class ShapeLayer extends Group {
    /** The width and height of one canvas at most: far below the 8,192 pixels every renderer takes as a texture. */
    static final int BAND = 2048;
    private static final double[] DASHES = {4, 3};
    /** Far below what shows on a screen, far above a double's rounding of a scene coordinate. */
    private static final double ALIGNED = 1e-6;
    private List<PaintedShape> painted = List.of();
    private int paints;

    ShapeLayer() {
        setManaged(false);
        setMouseTransparent(true);
    }

    List<PaintedShape> painted() {
        return painted;
    }

    /** How many times the canvases were painted: for tests checking that a change repaints only its own layers. */
    int paints() {
        return paints;
    }

    /**
     * Paints the rectangles again if the layer moved by a fraction of a pixel in the scene since they were; a move by
     * whole pixels, as most scrolls are, keeps the canvases on whole pixels and repaints nothing.
     */
    void realign() {
        if (!painted.isEmpty() && !onWholePixels((Canvas) getChildren().getFirst())) {
            draw(painted);
        }
    }

    /**
     * Whether the canvas's top left corner in the scene is on a whole pixel. Its own bounds in the scene are taken,
     * not the layer's origin: in a mirrored (right-to-left) scene the origin of a layer may be its right edge.
     */
    private static boolean onWholePixels(Canvas canvas) {
        Bounds inScene = canvas.getLocalToSceneTransform().transform(canvas.getBoundsInLocal());
        return Math.abs(inScene.getMinX() - Math.rint(inScene.getMinX())) < ALIGNED
                && Math.abs(inScene.getMinY() - Math.rint(inScene.getMinY())) < ALIGNED;
    }

    /**
     * Paints these rectangles in place of those painted before; the same rectangles again paint nothing, so a
     * paragraph can hand each layer what it shows now without working out which of them changed.
     */
    void paint(List<PaintedShape> shapes) {
        if (!shapes.equals(painted)) {
            draw(shapes);
        }
    }

    private void draw(List<PaintedShape> shapes) {
        paints++;
        painted = List.copyOf(shapes);
        if (shapes.isEmpty()) {
            getChildren().clear();
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PaintedShape shape : shapes) {
            // A stroke is centred on the rectangle's edge, half of it outside; one more pixel for antialiasing.
            double margin = (shape.stroke() == null ? 0 : shape.strokeWidth() / 2) + 1;
            Bounds box = shape.bounds();
            minX = Math.min(minX, box.getMinX() - margin);
            minY = Math.min(minY, box.getMinY() - margin);
            maxX = Math.max(maxX, box.getMaxX() + margin);
            maxY = Math.max(maxY, box.getMaxY() + margin);
        }
        // One pixel more on each side, the room to move the canvases by less than a pixel onto the scene's pixels,
        // whichever way the layer's x runs in the scene; a whole number of pixels wide and high, so that when one
        // corner is on a whole pixel all are.
        int width = (int) Math.ceil(maxX - minX) + 2;
        int height = (int) Math.ceil(maxY - minY) + 2;
        Point2D shift = toWholePixels(new BoundingBox(minX - 1, minY - 1, width, height));
        double left = minX - 1 + shift.getX();
        double top = minY - 1 + shift.getY();
        // Tiles of BAND by BAND, only where a rectangle is: a line of thousands of unbroken characters or the first
        // and last line of a tall paragraph then allocate no texture over what lies between them.
        List<BoundingBox> tiles = new ArrayList<>();
        for (int row = 0; row * BAND < height; row++) {
            for (int column = 0; column * BAND < width; column++) {
                BoundingBox tile = new BoundingBox(left + column * BAND, top + row * BAND,
                        Math.min(BAND, width - column * BAND), Math.min(BAND, height - row * BAND));
                if (shapes.stream().anyMatch(shape -> touches(shape, tile))) {
                    tiles.add(tile);
                }
            }
        }
        while (getChildren().size() > tiles.size()) {
            getChildren().removeLast();
        }
        while (getChildren().size() < tiles.size()) {
            getChildren().add(new Canvas());
        }
        for (int tile = 0; tile < tiles.size(); tile++) {
            paintTile((Canvas) getChildren().get(tile), shapes, tiles.get(tile));
        }
    }

    /** Whether any of the shape, its stroke and its antialiased edge, falls on the tile. */
    private static boolean touches(PaintedShape shape, Bounds tile) {
        double margin = shape.strokeWidth() + 1;
        Bounds box = shape.bounds();
        return box.getMaxX() + margin >= tile.getMinX() && box.getMinX() - margin <= tile.getMaxX()
                && box.getMaxY() + margin >= tile.getMinY() && box.getMinY() - margin <= tile.getMaxY();
    }

    /** How far, in this layer's coordinates, the box is to move for its top left corner in the scene to be whole. */
    private Point2D toWholePixels(Bounds box) {
        Transform toScene = getLocalToSceneTransform();
        Bounds inScene = toScene.transform(box);
        Point2D corner = new Point2D(inScene.getMinX(), inScene.getMinY());
        Point2D whole = new Point2D(Math.floor(corner.getX()), Math.floor(corner.getY()));
        try {
            return toScene.inverseTransform(whole).subtract(toScene.inverseTransform(corner));
        } catch (NonInvertibleTransformException flattened) {
            // A layer scaled to nothing shows nothing; where its canvases sit does not matter.
            return Point2D.ZERO;
        }
    }

    private static void paintTile(Canvas canvas, List<PaintedShape> shapes, Bounds tile) {
        double left = tile.getMinX();
        double top = tile.getMinY();
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        canvas.setWidth(tile.getWidth());
        canvas.setHeight(tile.getHeight());
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        // Clearing the whole canvas also drops the drawing commands it held before.
        graphics.clearRect(0, 0, tile.getWidth(), tile.getHeight());
        graphics.save();
        graphics.translate(-left, -top);
        for (PaintedShape shape : shapes) {
            if (!touches(shape, tile)) {
                continue;
            }
            Bounds box = shape.bounds();
            if (shape.fill() != null) {
                graphics.setFill(shape.fill());
                graphics.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            }
            if (shape.stroke() != null) {
                graphics.setStroke(shape.stroke());
                graphics.setLineWidth(shape.strokeWidth());
                graphics.setLineDashes(shape.dashed() ? DASHES : null);
                graphics.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            }
        }
        graphics.restore();
    }
}
