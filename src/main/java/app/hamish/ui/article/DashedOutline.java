package app.hamish.ui.article;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;

/**
 * A suggestion's dashed outline painted as the filled rectangles its dashes are: a dashed {@code strokeRect} is a
 * general shape that the renderer dashes, strokes and rasterises on the processor, in every pipeline, while an
 * axis-aligned filled rectangle is drawn directly. A long article's suggestions put hundreds of them on a screen;
 * when they arrived, their strokes kept the renderer, and the FX thread's next pulse behind it, busy (decision 0106).
 *
 * <p>The dashes run clockwise from the top left corner, each {@link #DASH} long with square ends (half the width
 * beyond each end), {@link #GAP} apart, going on round the corners: as JavaFX strokes the rectangle's path with these
 * dashes. Each part of the outline is painted once; where a dash goes round a corner its two pieces meet inside a
 * pixel, which then comes out a little lighter than one shape would leave it.
 */
final class DashedOutline {
    static final double DASH = 4;
    static final double GAP = 3;
    /** Far beyond any word's box; a box this large is left to the renderer's stroke, whose cost it then is. */
    private static final double LARGEST = 1e6;

    private DashedOutline() {
    }

    /**
     * Paints the dashed outline of {@code box}, {@code width} wide, centred on its edges, in the context's fill: the
     * dashes that reach into {@code area} alone (a tile's canvas shows nothing beyond it).
     *
     * @return how many rectangles were filled
     */
    static int paint(GraphicsContext graphics, Bounds box, double width, Bounds area) {
        double half = width / 2;
        double x = box.getMinX();
        double y = box.getMinY();
        double w = box.getWidth();
        double h = box.getHeight();
        if (!(w + h < LARGEST)) {
            graphics.setStroke(graphics.getFill());
            graphics.setLineWidth(width);
            graphics.setLineDashes(DASH, GAP);
            graphics.strokeRect(x, y, w, h);
            graphics.setLineDashes((double[]) null);
            return 0;
        }
        Edge[] edges = {new Edge(x, y, 1, 0, w), new Edge(x + w, y, 0, 1, h), new Edge(x + w, y + h, -1, 0, w),
            new Edge(x, y + h, 0, -1, h)};
        double inPattern = 0;
        boolean goingOn = false;
        int filled = 0;
        for (int e = 0; e < edges.length; e++) {
            Edge edge = edges[e];
            boolean last = e == edges.length - 1;
            double along = 0;
            while (along < edge.length()) {
                boolean on = inPattern < DASH;
                double boundary = on ? DASH : DASH + GAP;
                double step = Math.min(boundary - inPattern, edge.length() - along);
                if (on) {
                    // A dash going on round the corner: the corner was painted by its piece before it.
                    double from = along == 0 && goingOn ? along + half : along - half;
                    // The last edge ends at the first dash's corner, already painted.
                    double to = last ? Math.min(along + step + half, edge.length() - half) : along + step + half;
                    if (to > from && fill(graphics, edge, from, to, half, area)) {
                        filled++;
                    }
                }
                along += step;
                // Set, not summed, at a dash's or gap's end: a sum a rounding short would begin a dash of nothing.
                inPattern = step == boundary - inPattern ? boundary : inPattern + step;
                if (inPattern == DASH + GAP) {
                    inPattern = 0;
                }
            }
            goingOn = inPattern > 0 && inPattern < DASH;
        }
        return filled;
    }

    /** The piece of an edge from {@code from} to {@code to} along it, {@code 2 * half} across, if it meets the area. */
    private static boolean fill(GraphicsContext graphics, Edge edge, double from, double to, double half,
                                Bounds area) {
        boolean across = edge.dy() == 0;
        double left = Math.min(edge.x() + edge.dx() * from, edge.x() + edge.dx() * to) - (across ? 0 : half);
        double top = Math.min(edge.y() + edge.dy() * from, edge.y() + edge.dy() * to) - (across ? half : 0);
        double width = across ? (to - from) : 2 * half;
        double height = across ? 2 * half : (to - from);
        if (left > area.getMaxX() || top > area.getMaxY() || left + width < area.getMinX()
                || top + height < area.getMinY()) {
            return false;
        }
        graphics.fillRect(left, top, width, height);
        return true;
    }

    /** One edge of the outline, clockwise: where it begins, its direction (one step along x or y), its length. */
    private record Edge(double x, double y, double dx, double dy, double length) {
    }
}
