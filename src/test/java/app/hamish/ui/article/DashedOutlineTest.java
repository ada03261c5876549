package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A suggestion's dashed outline, painted as filled dashes, is where JavaFX's own dashed stroke of the rectangle is,
 * at the fractions of a pixel where words lie; on a tile, only the dashes reaching into it are painted.
 */
class DashedOutlineTest {
    /**
     * Out of 255: a pixel covered in part, as JavaFX's stroke measures it (in eighths of a pixel's height) and as a
     * filled rectangle does (exactly). Half a pixel out of place is four times as much.
     */
    private static final int ROUNDING = 32;
    /**
     * Out of 255: how much lighter a corner's pixel may be where a dash's two pieces meet inside it: at most each
     * covers half of it, blended to three quarters where one shape would cover it all (64), with the rounding.
     */
    private static final int WHERE_PIECES_MEET = 68;
    private static final Bounds CANVAS = new BoundingBox(0, 0, 200, 80);

    @BeforeAll
    static void fx() {
        HeadlessFx.start();
    }

    @Test
    void theDashesAreWhereJavaFxDashesTheRectangle() {
        for (Bounds box : boxes()) {
            int[][] stroked = coverage(graphics -> {
                graphics.setLineWidth(1);
                graphics.setLineDashes(DashedOutline.DASH, DashedOutline.GAP);
                // The rectangle's path clockwise from its top left corner, where the dashes begin.
                graphics.beginPath();
                graphics.moveTo(box.getMinX(), box.getMinY());
                graphics.lineTo(box.getMaxX(), box.getMinY());
                graphics.lineTo(box.getMaxX(), box.getMaxY());
                graphics.lineTo(box.getMinX(), box.getMaxY());
                graphics.closePath();
                graphics.stroke();
            });
            int[][] filled = coverage(graphics -> DashedOutline.paint(graphics, box, 1, CANVAS));
            for (int y = 0; y < stroked.length; y++) {
                for (int x = 0; x < stroked[y].length; x++) {
                    int darker = filled[y][x] - stroked[y][x];
                    assertThat(darker).as("%s: pixel %d,%d, filled %d, stroked %d", box, x, y, filled[y][x],
                            stroked[y][x]).isLessThanOrEqualTo(ROUNDING)
                            .isGreaterThanOrEqualTo(nearACorner(box, x, y) ? -WHERE_PIECES_MEET : -ROUNDING);
                }
            }
            int[][] whole = coverage(graphics -> {
                graphics.setLineWidth(1);
                graphics.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            });
            if (box.getWidth() + box.getHeight() > 2 * (DashedOutline.DASH + DashedOutline.GAP)) {
                assertThat((double) total(filled) / total(whole)).as("%s: dashed, not whole", box)
                        .isBetween(0.5, 0.85);
            }
        }
    }

    @Test
    void onATileOnlyTheDashesReachingIntoItArePainted() {
        Bounds box = new BoundingBox(10.5, 12.25, 170.3, 22.37);
        Bounds tile = new BoundingBox(0, 0, 64, 80);
        AtomicInteger onTheTile = new AtomicInteger();
        AtomicInteger onAll = new AtomicInteger();
        int[][] cut = coverage(graphics -> onTheTile.set(DashedOutline.paint(graphics, box, 1, tile)));
        int[][] whole = coverage(graphics -> onAll.set(DashedOutline.paint(graphics, box, 1, CANVAS)));

        assertThat(onTheTile.get()).isPositive().isLessThan(onAll.get() / 2);
        for (int y = 0; y < (int) tile.getHeight(); y++) {
            for (int x = 0; x < (int) tile.getWidth(); x++) {
                assertThat(cut[y][x]).as("pixel %d,%d", x, y).isEqualTo(whole[y][x]);
            }
        }
    }

    /**
     * Words' boxes: whole and fractional corners, short and long, down to narrower and lower than a dash, and one
     * whose last dash ends just short of the first.
     */
    private static Bounds[] boxes() {
        return new Bounds[] {new BoundingBox(10, 10, 40, 20), new BoundingBox(10.5, 12.25, 57.3, 22.37),
                new BoundingBox(20.75, 8.6, 133.1, 19.9), new BoundingBox(30.2, 30.7, 2.5, 21.4),
                new BoundingBox(5.5, 40.5, 70, 1.5), new BoundingBox(10, 10, 40, 21.7),
                new BoundingBox(60.4, 50.2, 1.53, 3.94)};
    }

    private static boolean nearACorner(Bounds box, int x, int y) {
        boolean nearSide = Math.abs(x + 0.5 - box.getMinX()) <= 1.5 || Math.abs(x + 0.5 - box.getMaxX()) <= 1.5;
        boolean nearEnd = Math.abs(y + 0.5 - box.getMinY()) <= 1.5 || Math.abs(y + 0.5 - box.getMaxY()) <= 1.5;
        return nearSide && nearEnd;
    }

    private static int total(int[][] coverage) {
        int sum = 0;
        for (int[] row : coverage) {
            for (int value : row) {
                sum += value;
            }
        }
        return sum;
    }

    /** Each pixel's coverage out of 255, painted in black on a transparent canvas. */
    private static int[][] coverage(Consumer<GraphicsContext> paint) {
        Image image = HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(CANVAS.getWidth(), CANVAS.getHeight());
            GraphicsContext graphics = canvas.getGraphicsContext2D();
            graphics.setFill(Color.BLACK);
            graphics.setStroke(Color.BLACK);
            paint.accept(graphics);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            return canvas.snapshot(transparent, null);
        });
        int[][] coverage = new int[(int) image.getHeight()][(int) image.getWidth()];
        for (int y = 0; y < coverage.length; y++) {
            for (int x = 0; x < coverage[y].length; x++) {
                coverage[y][x] = image.getPixelReader().getArgb(x, y) >>> 24;
            }
        }
        return coverage;
    }
}
