package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A layer's canvases are tiles of a fixed grid, at most {@link ShapeLayer#TILE} pixels each way, made only where a
 * rectangle is: a canvas wider than the renderer's texture limit would make the whole layer disappear, an empty one
 * costs its memory for nothing, and a change paints again only the tiles it touches (decision 0064) yet leaves the
 * pixels those of its rectangles.
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
        assertThat(canvases).allSatisfy(ShapeLayerTilesTest::withinATile);
    }

    @Test
    void aTallParagraphHighlightedAtTopAndBottomGetsTilesOnlyThere() {
        List<Bounds> canvases = HeadlessFx.call(() -> canvasesOf(paint(
                highlight(new BoundingBox(10, 10, 300, 20)), highlight(new BoundingBox(10, 12_000, 300, 20)))));

        assertThat(canvases).isNotEmpty().allSatisfy(canvas -> {
            withinATile(canvas);
            assertThat(canvas.getMinY() < 40 || canvas.getMinY() > 11_900).as("%s", canvas).isTrue();
        });
    }

    @Test
    void aHighlightAcrossATileEdgeIsPaintedOnBothSidesOfIt() {
        ShapeLayer layer = HeadlessFx.call(() -> paint(highlight(new BoundingBox(1000.5, 10.25, 4000, 20))));
        List<Bounds> canvases = HeadlessFx.call(() -> canvasesOf(layer));
        assertThat(canvases).hasSizeGreaterThan(1).allSatisfy(ShapeLayerTilesTest::withinATile);
        double edge = canvases.stream().mapToDouble(Bounds::getMinX).filter(x -> x > 1001).min().orElseThrow();

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

    @Test
    void aHighlightAddedToAFullParagraphPaintsOnlyTheTilesItIsOn() {
        List<PaintedShape> paragraph = paragraph();
        ShapeLayer layer = HeadlessFx.call(() -> paint(paragraph.toArray(PaintedShape[]::new)));
        int tiles = HeadlessFx.call(() -> layer.getChildren().size());
        int before = HeadlessFx.call(layer::tilesPainted);
        int partial = HeadlessFx.call(layer::partialPaints);
        List<PaintedShape> tagged = new ArrayList<>(paragraph);
        // Inside one tile of the grid, which starts on the group's whole pixels.
        tagged.add(highlight(new BoundingBox(140, 150, 60, 18)));

        HeadlessFx.run(() -> layer.paint(tagged));

        assertThat(tiles).isGreaterThan(10);
        assertThat(HeadlessFx.call(layer::tilesPainted) - before).isEqualTo(1);
        // Painting all again would paint the same one tile: only the count of partial paints tells them apart.
        assertThat(HeadlessFx.call(layer::partialPaints) - partial).as("painted without sorting every rectangle")
                .isEqualTo(1);
    }

    /**
     * A cell shows one paragraph after another, each on tiles of its own: the canvases of tiles freed are kept for
     * those to come, with the pixels the software renderer holds for each in the Java heap, which a canvas made anew
     * for every tile turned into young garbage that outlived the young collections (decision 0087).
     */
    @Test
    void tilesNeededAgainAfterBeingFreedGetTheCanvasesKeptNotNewOnes() {
        List<PaintedShape> paragraph = paragraph();
        ShapeLayer layer = HeadlessFx.call(() -> paint(paragraph.toArray(PaintedShape[]::new)));
        Set<Node> made = HeadlessFx.call(() -> Collections.newSetFromMap(new IdentityHashMap<>()));
        HeadlessFx.run(() -> made.addAll(layer.getChildren()));

        HeadlessFx.run(() -> layer.paint(List.of(highlight(new BoundingBox(10, 10, 80, 20)))));
        HeadlessFx.run(() -> layer.paint(paragraph));

        assertThat(HeadlessFx.call(() -> layer.getChildren().size())).isEqualTo(made.size());
        assertThat(HeadlessFx.call(() -> layer.getChildren().stream().filter(made::contains).count()))
                .as("canvases of the %d tiles that were made for them before", made.size())
                .isGreaterThan(made.size() / 2);
    }

    @Test
    void afterAnySequenceOfChangesTheLayerShowsExactlyItsRectangles() {
        Random random = new Random(64);
        // Few rectangles at a time, so that changes also empty tiles and fill empty ones.
        List<PaintedShape> shown = new ArrayList<>();
        ShapeLayer layer = HeadlessFx.call(ShapeLayerTilesTest::paint);
        for (int step = 0; step < 60; step++) {
            if (shown.size() > random.nextInt(6)) {
                shown.remove(random.nextInt(shown.size()));
            } else {
                Color colour = random.nextBoolean() ? Color.RED : Color.BLUE.deriveColor(0, 1, 1, 0.5);
                shown.add(new PaintedShape(PaintedShape.Kind.HIGHLIGHT, null, new BoundingBox(
                        random.nextInt(560) + random.nextDouble(), random.nextInt(480) + random.nextDouble(),
                        10 + random.nextInt(200), 18), colour, random.nextBoolean() ? Color.GREEN : null, 1,
                        random.nextBoolean()));
            }
            List<PaintedShape> now = List.copyOf(shown);
            HeadlessFx.run(() -> layer.paint(now));
            ShapeLayer fresh = HeadlessFx.call(() -> paint(now.toArray(PaintedShape[]::new)));
            int at = step;
            HeadlessFx.run(() -> assertSamePixels(snapshot(layer), snapshot(fresh), at));
        }
    }

    @Test
    void theSameRectanglesInAnotherOrderArePaintedInThatOrder() {
        PaintedShape red = highlight(new BoundingBox(10.5, 10.5, 200, 40));
        PaintedShape blue = new PaintedShape(PaintedShape.Kind.HIGHLIGHT, null, new BoundingBox(100.5, 20.5, 200, 40),
                Color.BLUE, null, 0, false);
        ShapeLayer layer = HeadlessFx.call(() -> paint(red, blue));

        HeadlessFx.run(() -> layer.paint(List.of(blue, red)));

        ShapeLayer fresh = HeadlessFx.call(() -> paint(blue, red));
        HeadlessFx.run(() -> assertSamePixels(snapshot(layer), snapshot(fresh), 1));
    }

    @Test
    void aHighlightRemovedFromAFullParagraphPaintsOnlyTheTilesItWasOn() {
        List<PaintedShape> paragraph = paragraph();
        ShapeLayer layer = HeadlessFx.call(() -> paint(paragraph.toArray(PaintedShape[]::new)));
        int before = HeadlessFx.call(layer::tilesPainted);
        int partial = HeadlessFx.call(layer::partialPaints);
        List<PaintedShape> deleted = new ArrayList<>(paragraph);
        // The fourth word of the second line lies on one tile, which it shares with others that stay.
        deleted.remove(highlight(new BoundingBox(3 * 60 + 5.5, 80 + 4.25, 40, 18)));

        HeadlessFx.run(() -> layer.paint(deleted));

        assertThat(deleted).hasSize(paragraph.size() - 1);
        assertThat(HeadlessFx.call(layer::tilesPainted) - before).isEqualTo(1);
        assertThat(HeadlessFx.call(layer::partialPaints) - partial).as("painted without sorting every rectangle")
                .isEqualTo(1);
        ShapeLayer fresh = HeadlessFx.call(() -> paint(deleted.toArray(PaintedShape[]::new)));
        HeadlessFx.run(() -> assertSamePixels(snapshot(layer), snapshot(fresh), 1));
    }

    /** A paragraph's worth of highlights, six lines of ten, over about 600 by 500 pixels. */
    private static List<PaintedShape> paragraph() {
        List<PaintedShape> shapes = new ArrayList<>();
        for (int line = 0; line < 6; line++) {
            for (int word = 0; word < 10; word++) {
                if (!(line == 2 && word == 3)) {
                    shapes.add(highlight(new BoundingBox(word * 60 + 5.5, line * 80 + 4.25, 40, 18)));
                }
            }
        }
        return shapes;
    }

    private static Image snapshot(ShapeLayer layer) {
        SnapshotParameters whole = new SnapshotParameters();
        whole.setFill(Color.TRANSPARENT);
        whole.setViewport(new Rectangle2D(0, 0, 800, 600));
        return layer.snapshot(whole, null);
    }

    private static void assertSamePixels(Image shown, Image fresh, int step) {
        PixelReader left = shown.getPixelReader();
        PixelReader right = fresh.getPixelReader();
        for (int y = 0; y < (int) fresh.getHeight(); y++) {
            for (int x = 0; x < (int) fresh.getWidth(); x++) {
                if (left.getArgb(x, y) != right.getArgb(x, y)) {
                    throw new AssertionError("after step " + step + ", pixel " + x + "," + y + " is "
                            + Integer.toHexString(left.getArgb(x, y)) + ", painted afresh "
                            + Integer.toHexString(right.getArgb(x, y)));
                }
            }
        }
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

    private static void withinATile(Bounds canvas) {
        assertThat(canvas.getWidth()).isLessThanOrEqualTo(ShapeLayer.TILE);
        assertThat(canvas.getHeight()).isLessThanOrEqualTo(ShapeLayer.TILE);
    }
}
