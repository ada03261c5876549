package app.hamish.ui.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * pulse no CSS pass and no scene-graph sync of its own, only the canvas's few drawing commands (decision 0045).
 *
 * <p>The canvases are tiles of a fixed grid, {@link #TILE} pixels each way, made only where a rectangle is and
 * each cut down to the rectangles on it. A change paints again only the tiles whose rectangles changed: the renderer
 * repaints every pixel of a canvas that was drawn on, and with it everything under and over it (the paragraph's
 * text), so one tag on a paragraph-sized canvas repainted most of the article pane (decision 0064).
 *
 * <p>A canvas drawn at a fraction of a pixel would be resampled and blur every edge, so the grid sits on the scene's
 * whole pixels, wherever the paragraph is scrolled to, and the rectangles are painted at their fractions.
 */
final class ShapeLayer extends Group {
    /**
     * The width and height of one tile: a few lines of text high, far below the 8,192 pixels every renderer takes as
     * a texture, and few enough per paragraph that a scrolled-in paragraph adds no more than tens of canvases.
     */
    static final int TILE = 128;
    /** Far below what shows on a screen, far above a double's rounding of a scene coordinate. */
    private static final double ALIGNED = 1e-6;
    /**
     * Canvases kept for tiles to come, out of the scene, beyond those on tiles now: about a paragraph's line of
     * tiles, as a cell shows one paragraph after another as the article scrolls.
     */
    private static final int IDLE = 16;
    private List<PaintedShape> painted = List.of();
    /** Each tile's canvas and the rectangles painted on it, by tile. */
    private Map<Tile, Painted> tiles = Map.of();
    /**
     * Canvases freed from their tiles, kept with what the renderer holds for them: in the software renderer a canvas
     * draws on pixels in the Java heap, and a canvas made anew for each tile a scroll or a key brought was most of
     * what lived through the young collections in the keys, copied and promoted at each (decision 0087).
     */
    private final List<Canvas> idle = new ArrayList<>();
    /** Where tile (0, 0) begins in this layer's coordinates: a whole pixel of the scene. */
    private Point2D origin;
    private int paints;
    private int partialPaints;
    private int tilesPainted;

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
     * How many paints sorted into tiles only the rectangles near those come or gone ({@link #drawChanged}): for tests
     * checking that a change did not fall back to sorting them all, which paints the same tiles.
     */
    int partialPaints() {
        return partialPaints;
    }

    /** How many tiles were painted in all: for tests checking that a change repaints only the tiles it touches. */
    int tilesPainted() {
        return tilesPainted;
    }

    /**
     * Paints the rectangles again if the layer moved by a fraction of a pixel in the scene since they were; a move by
     * whole pixels, as most scrolls are, keeps the canvases on whole pixels and repaints nothing.
     */
    void realign() {
        if (!painted.isEmpty() && !onGrid(gridOrigin())) {
            draw(painted);
        }
    }

    /**
     * Paints these rectangles in place of those painted before; the same rectangles again paint nothing, so a
     * paragraph can hand each layer what it shows now without working out which of them changed.
     */
    void paint(List<PaintedShape> shapes) {
        if (!shapes.equals(painted) && !drawChanged(shapes)) {
            draw(shapes);
        }
    }

    /**
     * Paints again only the tiles that a rectangle come or gone reaches, when the rest are the same rectangles in the
     * same order and the grid has not moved: a tag on a paragraph of a hundred and forty highlights sorted all
     * their rectangles into tiles and compared every tile's, on every key, to find the one or two it changed
     * (decision 0076). Rectangles are matched by identity, as a paragraph hands over those of the highlights it
     * keeps; an equal rectangle made anew counts as come and gone, and its tiles, compared by value, are not
     * painted again. False, painting nothing, where the tiles must be sorted anew.
     */
    private boolean drawChanged(List<PaintedShape> shapes) {
        if (origin == null || !onGrid(gridOrigin())) {
            return false;
        }
        List<PaintedShape> changed = changedFrom(shapes);
        if (changed == null) {
            return false;
        }
        Map<Tile, List<PaintedShape>> touched = new LinkedHashMap<>();
        for (PaintedShape shape : changed) {
            TileRange range = tilesOf(shape);
            for (int row = range.firstRow(); row <= range.lastRow(); row++) {
                for (int column = range.firstColumn(); column <= range.lastColumn(); column++) {
                    touched.putIfAbsent(new Tile(column, row), new ArrayList<>());
                }
            }
        }
        TileRange around = TileRange.around(touched.keySet());
        for (PaintedShape shape : shapes) {
            TileRange range = tilesOf(shape);
            if (!range.meets(around)) {
                continue;
            }
            for (int row = Math.max(range.firstRow(), around.firstRow());
                 row <= Math.min(range.lastRow(), around.lastRow()); row++) {
                for (int column = Math.max(range.firstColumn(), around.firstColumn());
                     column <= Math.min(range.lastColumn(), around.lastColumn()); column++) {
                    List<PaintedShape> onTile = touched.get(new Tile(column, row));
                    if (onTile != null) {
                        onTile.add(shape);
                    }
                }
            }
        }
        paints++;
        partialPaints++;
        painted = List.copyOf(shapes);
        repaint(touched, false);
        return true;
    }

    /**
     * The rectangles come or gone between those painted and {@code shapes}, matched by identity; null where the
     * rectangles kept come in another order (they would paint over each other otherwise) or one painted is there twice.
     */
    private List<PaintedShape> changedFrom(List<PaintedShape> shapes) {
        Map<PaintedShape, Integer> places = new IdentityHashMap<>(painted.size() * 2);
        for (int i = 0; i < painted.size(); i++) {
            places.put(painted.get(i), i);
        }
        if (places.size() != painted.size()) {
            return null;
        }
        boolean[] kept = new boolean[painted.size()];
        List<PaintedShape> changed = new ArrayList<>();
        int last = -1;
        for (PaintedShape shape : shapes) {
            Integer place = places.get(shape);
            if (place == null || kept[place]) {
                changed.add(shape);
            } else if (place < last) {
                return null;
            } else {
                kept[place] = true;
                last = place;
            }
        }
        for (int i = 0; i < kept.length; i++) {
            if (!kept[i]) {
                changed.add(painted.get(i));
            }
        }
        return changed;
    }

    /** The tiles a rectangle's reach lies on, with the grid where it is. */
    private TileRange tilesOf(PaintedShape shape) {
        Bounds reach = reach(shape);
        return new TileRange(column(reach.getMinX()), column(reach.getMaxX()), row(reach.getMinY()),
                row(reach.getMaxY()));
    }

    private void draw(List<PaintedShape> shapes) {
        paints++;
        painted = List.copyOf(shapes);
        Point2D now = gridOrigin();
        // Moved by a fraction of a pixel: every tile moves with the grid and is painted again.
        boolean moved = !onGrid(now);
        if (moved) {
            origin = now;
        }
        Map<Tile, List<PaintedShape>> byTile = new LinkedHashMap<>();
        for (PaintedShape shape : painted) {
            TileRange range = tilesOf(shape);
            for (int row = range.firstRow(); row <= range.lastRow(); row++) {
                for (int column = range.firstColumn(); column <= range.lastColumn(); column++) {
                    byTile.computeIfAbsent(new Tile(column, row), tile -> new ArrayList<>()).add(shape);
                }
            }
        }
        // A tile no rectangle is on any more is freed.
        tiles.keySet().forEach(tile -> byTile.putIfAbsent(tile, List.of()));
        repaint(byTile, moved);
    }

    /**
     * Gives each tile named its rectangles, painting those whose rectangles changed or all of them if the grid
     * {@code moved}; a tile given none is freed, and its canvas goes to a new tile or is kept for one to come. Tiles
     * not named keep theirs.
     */
    private void repaint(Map<Tile, List<PaintedShape>> onTiles, boolean moved) {
        Map<Tile, Painted> after = new HashMap<>(tiles);
        List<Canvas> spare = new ArrayList<>();
        onTiles.forEach((tile, onTile) -> {
            if (onTile.isEmpty()) {
                Painted emptied = after.remove(tile);
                if (emptied != null) {
                    spare.add(emptied.canvas());
                }
            }
        });
        onTiles.forEach((tile, onTile) -> {
            Painted before = after.get(tile);
            if (onTile.isEmpty() || !moved && before != null && before.shapes().equals(onTile)) {
                return;
            }
            Canvas canvas = before != null ? before.canvas() : spare.isEmpty() ? add() : spare.removeLast();
            paintTile(canvas, onTile, bounds(tile, onTile));
            tilesPainted++;
            after.put(tile, new Painted(canvas, onTile));
        });
        getChildren().removeAll(spare);
        for (Canvas freed : spare) {
            if (idle.size() < IDLE) {
                idle.add(freed);
            }
        }
        tiles = after;
    }

    /** Whether the grid is where it was, but for a double's rounding of the scene's coordinates. */
    private boolean onGrid(Point2D now) {
        return origin != null && now.distance(origin) < ALIGNED;
    }

    private Canvas add() {
        Canvas canvas = idle.isEmpty() ? new Canvas() : idle.removeLast();
        getChildren().add(canvas);
        return canvas;
    }

    /** What a shape covers: half its stroke outside its edge, and one more pixel for antialiasing. */
    private static Bounds reach(PaintedShape shape) {
        double margin = (shape.stroke() == null ? 0 : shape.strokeWidth() / 2) + 1;
        Bounds box = shape.bounds();
        return new BoundingBox(box.getMinX() - margin, box.getMinY() - margin, box.getWidth() + 2 * margin,
                box.getHeight() + 2 * margin);
    }

    private int column(double x) {
        return (int) Math.floor((x - origin.getX()) / TILE);
    }

    private int row(double y) {
        return (int) Math.floor((y - origin.getY()) / TILE);
    }

    /**
     * The part of a tile its rectangles cover, out to whole pixels from the tile's corner so that the canvas is on
     * the scene's whole pixels too; a canvas as small as its rectangles is what the renderer repaints.
     */
    private Bounds bounds(Tile tile, List<PaintedShape> onTile) {
        double left = origin.getX() + tile.column() * TILE;
        double top = origin.getY() + tile.row() * TILE;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PaintedShape shape : onTile) {
            Bounds reach = reach(shape);
            minX = Math.min(minX, reach.getMinX());
            minY = Math.min(minY, reach.getMinY());
            maxX = Math.max(maxX, reach.getMaxX());
            maxY = Math.max(maxY, reach.getMaxY());
        }
        double fromX = Math.max(0, Math.floor(minX - left));
        double fromY = Math.max(0, Math.floor(minY - top));
        double toX = Math.min(TILE, Math.ceil(maxX - left));
        double toY = Math.min(TILE, Math.ceil(maxY - top));
        return new BoundingBox(left + fromX, top + fromY, Math.max(1, toX - fromX), Math.max(1, toY - fromY));
    }

    /**
     * The point of this layer nearest its origin that lies on a whole pixel of the scene. Taken from a tile's own
     * bounds in the scene, not from the origin's image: in a mirrored (right-to-left) scene a tile's left edge in the
     * scene is its right edge here.
     */
    private Point2D gridOrigin() {
        Transform toScene = getLocalToSceneTransform();
        Bounds inScene = toScene.transform(new BoundingBox(0, 0, TILE, TILE));
        Point2D corner = new Point2D(inScene.getMinX(), inScene.getMinY());
        Point2D whole = new Point2D(Math.rint(corner.getX()), Math.rint(corner.getY()));
        if (corner.distance(whole) < ALIGNED) {
            return Point2D.ZERO;
        }
        try {
            return toScene.inverseTransform(whole).subtract(toScene.inverseTransform(corner));
        } catch (NonInvertibleTransformException flattened) {
            // A layer scaled to nothing shows nothing; where its canvases sit does not matter.
            return Point2D.ZERO;
        }
    }

    private static void paintTile(Canvas canvas, List<PaintedShape> shapes, Bounds area) {
        double left = area.getMinX();
        double top = area.getMinY();
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        canvas.setWidth(area.getWidth());
        canvas.setHeight(area.getHeight());
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        // Clearing the whole canvas also drops the drawing commands it held before.
        graphics.clearRect(0, 0, area.getWidth(), area.getHeight());
        graphics.save();
        graphics.translate(-left, -top);
        for (PaintedShape shape : shapes) {
            Bounds box = shape.bounds();
            if (shape.fill() != null) {
                graphics.setFill(shape.fill());
                graphics.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            }
            if (shape.stroke() != null) {
                if (shape.dashed()) {
                    graphics.setFill(shape.stroke());
                    DashedOutline.paint(graphics, box, shape.strokeWidth(), area);
                } else {
                    graphics.setStroke(shape.stroke());
                    graphics.setLineWidth(shape.strokeWidth());
                    graphics.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
                }
            }
        }
        graphics.restore();
    }

    /** A square of the grid, by column and row from the grid's origin. */
    private record Tile(int column, int row) {
    }

    /** The tiles from the first column and row to the last, both included. */
    private record TileRange(int firstColumn, int lastColumn, int firstRow, int lastRow) {
        static TileRange around(Iterable<Tile> tiles) {
            int firstColumn = Integer.MAX_VALUE;
            int lastColumn = Integer.MIN_VALUE;
            int firstRow = Integer.MAX_VALUE;
            int lastRow = Integer.MIN_VALUE;
            for (Tile tile : tiles) {
                firstColumn = Math.min(firstColumn, tile.column());
                lastColumn = Math.max(lastColumn, tile.column());
                firstRow = Math.min(firstRow, tile.row());
                lastRow = Math.max(lastRow, tile.row());
            }
            return new TileRange(firstColumn, lastColumn, firstRow, lastRow);
        }

        boolean meets(TileRange other) {
            return firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
                    && firstRow <= other.lastRow && other.firstRow <= lastRow;
        }
    }

    /** A tile's canvas and the rectangles painted on it, in their order. */
    private record Painted(Canvas canvas, List<PaintedShape> shapes) {
    }
}
