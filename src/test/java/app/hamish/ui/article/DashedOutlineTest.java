package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
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
 * A suggestion's dashed outline, painted as filled dashes, lies where JavaFX's own stroke of the rectangle lay, at the
 * fractions of a pixel where words lie, and is as much dashed as JavaFX's dashed stroke of it.
 */
class DashedOutlineTest {
    /**
     * Out of 255: a pixel covered in part, as JavaFX's stroke measures it (in eighths of a pixel's height) and as a
     * filled rectangle does (exactly). Half a pixel out of place is four times as much.
     */
    private static final int ROUNDING = 32;
    private static final double PERIOD = DashedOutline.DASH + DashedOutline.GAP;

    @BeforeAll
    static void fx() {
        HeadlessFx.start();
    }

    @Test
    void theDashesLieOnTheOutlineTheStrokeDrewAndNowhereElse() {
        for (Bounds box : boxes()) {
            int[][] outline = coverage(graphics -> stroke(graphics, box, false));
            int[][] dashed = coverage(graphics -> DashedOutline.paint(graphics, box, 1));
            for (int y = 0; y < outline.length; y++) {
                for (int x = 0; x < outline[y].length; x++) {
                    assertThat(dashed[y][x]).as("%s: pixel %d,%d", box, x, y)
                            .isLessThanOrEqualTo(outline[y][x] + ROUNDING);
                }
            }
        }
    }

    @Test
    void theOutlineIsAsMuchDashedAsJavaFxDashesItOnEveryEdge() {
        for (Bounds box : boxes()) {
            int[][] outline = coverage(graphics -> stroke(graphics, box, false));
            int[][] stroked = coverage(graphics -> stroke(graphics, box, true));
            int[][] dashed = coverage(graphics -> DashedOutline.paint(graphics, box, 1));
            double strokedShare = (double) total(stroked) / total(outline);
            assertThat((double) total(dashed) / total(outline)).as("%s: the dashes' share of the outline", box)
                    .isBetween(strokedShare - 0.1, strokedShare + 0.1).isLessThan(0.85);
            int across = (int) Math.floor(box.getMinY());
            int down = (int) Math.floor(box.getMinX());
            assertThat(runs(row(dashed, across))).as("%s: dashes along the top", box)
                    .isGreaterThanOrEqualTo((int) (box.getWidth() / PERIOD));
            assertThat(runs(row(dashed, (int) Math.floor(box.getMaxY())))).as("%s: along the bottom", box)
                    .isGreaterThanOrEqualTo((int) (box.getWidth() / PERIOD));
            assertThat(runs(column(dashed, down))).as("%s: down the left side", box)
                    .isGreaterThanOrEqualTo((int) (box.getHeight() / PERIOD));
            assertThat(runs(column(dashed, (int) Math.floor(box.getMaxX())))).as("%s: down the right side", box)
                    .isGreaterThanOrEqualTo((int) (box.getHeight() / PERIOD));
        }
    }

    /** Words' boxes: whole and fractional corners, short and long, down to narrower and lower than a dash. */
    private static Bounds[] boxes() {
        return new Bounds[] {new BoundingBox(10, 10, 40, 20), new BoundingBox(10.5, 12.25, 57.3, 22.37),
                new BoundingBox(20.75, 8.6, 133.1, 19.9), new BoundingBox(30.2, 30.7, 2.5, 21.4),
                new BoundingBox(5.5, 40.5, 70, 1.5)};
    }

    private static void stroke(GraphicsContext graphics, Bounds box, boolean dashed) {
        graphics.setLineWidth(1);
        graphics.setLineDashes(dashed ? new double[] {DashedOutline.DASH, DashedOutline.GAP} : null);
        graphics.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
    }

    private static int[] row(int[][] coverage, int y) {
        return coverage[y];
    }

    private static int[] column(int[][] coverage, int x) {
        int[] column = new int[coverage.length];
        for (int y = 0; y < coverage.length; y++) {
            column[y] = coverage[y][x];
        }
        return column;
    }

    /** Runs of pixels covered by at least a third: dashes, along a row or column through an edge. */
    private static int runs(int[] line) {
        int runs = 0;
        boolean inRun = false;
        for (int value : line) {
            boolean covered = value > 85;
            runs += covered && !inRun ? 1 : 0;
            inRun = covered;
        }
        return runs;
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
            Canvas canvas = new Canvas(200, 80);
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
