package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A layer's canvases are tiles of at most {@link ShapeLayer#BAND} pixels each way, made only where a rectangle is:
 * a canvas wider than the renderer's texture limit would make the whole layer disappear, and an empty one costs
 * its memory for nothing.
 */
class ShapeLayerTilesTest {
    @BeforeAll
    static void fx() {
        HeadlessFx.start();
    }

    @Test
    void aHighlightFarAlongAVeryWideLineGetsTilesOnlyWhereItsShapesAre() {
        List<Bounds> canvases = HeadlessFx.call(() -> canvasesOf(paint(
                highlight(new BoundingBox(10, 10, 80, 20)), highlight(new BoundingBox(20_000, 10, 80, 20)))));

        assertThat(canvases).hasSize(2);
        assertThat(canvases).allSatisfy(ShapeLayerTilesTest::withinABand);
    }

    @Test
    void aTallParagraphHighlightedAtTopAndBottomGetsTilesOnlyThere() {
        List<Bounds> canvases = HeadlessFx.call(() -> canvasesOf(paint(
                highlight(new BoundingBox(10, 10, 300, 20)), highlight(new BoundingBox(10, 12_000, 300, 20)))));

        assertThat(canvases).hasSize(2);
        assertThat(canvases).allSatisfy(ShapeLayerTilesTest::withinABand);
    }

    @Test
    void aHighlightAcrossATileEdgeIsPaintedOnBothSidesOfIt() {
        ShapeLayer layer = HeadlessFx.call(() -> paint(highlight(new BoundingBox(1000.5, 10.25, 4000, 20))));
        List<Bounds> canvases = HeadlessFx.call(() -> canvasesOf(layer));
        assertThat(canvases).hasSize(2).allSatisfy(ShapeLayerTilesTest::withinABand);
        double edge = canvases.stream().mapToDouble(Bounds::getMinX).filter(x -> x > 1000).min().orElseThrow();

        Image pixels = HeadlessFx.call(() -> {
            SnapshotParameters around = new SnapshotParameters();
            around.setFill(Color.TRANSPARENT);
            around.setViewport(new Rectangle2D(edge - 4, 0, 8, 40));
            return layer.snapshot(around, null);
        });

        for (int x = 0; x < 8; x++) {
            assertThat(pixels.getPixelReader().getColor(x, 20)).as("%s pixels right of the edge", x - 4)
                    .isEqualTo(Color.RED);
        }
        assertThat(pixels.getPixelReader().getColor(4, 5)).as("above the highlight").isEqualTo(Color.TRANSPARENT);
    }

    private static ShapeLayer paint(PaintedShape... shapes) {
        ShapeLayer layer = new ShapeLayer();
        // In a parent of its own, so that its coordinates are those of the snapshot's viewport.
        new Group(layer);
        layer.paint(List.of(shapes));
        return layer;
    }

    private static PaintedShape highlight(Bounds where) {
        return new PaintedShape(PaintedShape.Kind.HIGHLIGHT, null, where, Color.RED, null, 0, false);
    }

    private static List<Bounds> canvasesOf(ShapeLayer layer) {
        return layer.getChildren().stream().map(Node::getBoundsInParent).toList();
    }

    private static void withinABand(Bounds canvas) {
        assertThat(canvas.getWidth()).isLessThanOrEqualTo(ShapeLayer.BAND);
        assertThat(canvas.getHeight()).isLessThanOrEqualTo(ShapeLayer.BAND);
    }
}
