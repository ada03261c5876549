package app.hamish.ui.article;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;

/**
 * A suggestion's dashed outline painted as the filled rectangles its dashes are: a dashed {@code strokeRect} is a
 * general shape that the renderer dashes, strokes and rasterises on the processor, in every pipeline, while an
 * axis-aligned filled rectangle is drawn directly. A long article's suggestions put hundreds of them on a screen;
 * scrolled over, their strokes were most of what the renderer did.
 *
 * <p>The dashes run clockwise from the top left corner, each {@link #DASH} long with square ends (half the width
 * beyond each end), {@link #GAP} apart, going on round the corners: as JavaFX strokes a line with these dashes.
 */
final class DashedOutline {
    static final double DASH = 4;
    static final double GAP = 3;

    private DashedOutline() {
    }

    /** Paints the dashed outline of {@code box}, {@code width} wide, centred on its edges, in the context's fill. */
    static void paint(GraphicsContext graphics, Bounds box, double width) {
        double half = width / 2;
        double x = box.getMinX();
        double y = box.getMinY();
        double w = box.getWidth();
        double h = box.getHeight();
        // Each edge clockwise: where it begins, its direction, its length.
        double[][] edges = {{x, y, 1, 0, w}, {x + w, y, 0, 1, h}, {x + w, y + h, -1, 0, w}, {x, y + h, 0, -1, h}};
        double phase = 0;
        for (int e = 0; e < edges.length; e++) {
            double[] edge = edges[e];
            double along = 0;
            while (along < edge[4]) {
                double inPattern = phase % (DASH + GAP);
                boolean on = inPattern < DASH;
                double step = Math.min((on ? DASH : DASH + GAP) - inPattern, edge[4] - along);
                if (on) {
                    // Where a dash goes on round a corner, or the last one meets the first, the corner is painted
                    // once: painted twice, its pixels covered in part would be blended darker.
                    double from = along == 0 && inPattern > 0 ? along + half : along - half;
                    boolean meetsTheFirst = e == edges.length - 1 && along + step >= edge[4];
                    double to = along + step + (meetsTheFirst ? -half : half);
                    if (to > from) {
                        fill(graphics, edge, from, to, half);
                    }
                }
                along += step;
                phase += step;
            }
        }
    }

    /** The piece of an edge from {@code from} to {@code to} along it, {@code 2 * half} across. */
    private static void fill(GraphicsContext graphics, double[] edge, double from, double to, double half) {
        double fromX = edge[0] + edge[2] * from;
        double fromY = edge[1] + edge[3] * from;
        double toX = edge[0] + edge[2] * to;
        double toY = edge[1] + edge[3] * to;
        boolean across = edge[3] == 0;
        graphics.fillRect(Math.min(fromX, toX) - (across ? 0 : half), Math.min(fromY, toY) - (across ? half : 0),
                across ? Math.abs(toX - fromX) : 2 * half, across ? 2 * half : Math.abs(toY - fromY));
    }
}
