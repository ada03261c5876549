package app.hamish.ui.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.Region;

/**
 * One paragraph: a single {@link Text} (never split at annotation boundaries, so Arabic letters stay joined) in a
 * {@link TextFlow}, with highlights drawn as shapes behind it. Lines are broken by {@link LineBreaks}, never by
 * JavaFX. In right-to-left orientation JavaFX 25 reports {@code rangeShape} mirrored left-right; the shapes are
 * mirrored back here (measured in shared/spikes/rtl-selection and checked by the pixel test).
 */
final class ParagraphNode extends Region {
    static final double UNDERLINE = 2;
    static final double LANE_GAP = 1;
    static final int MAX_LANES = 4;
    /** How far outside a highlight's box its saving outline is drawn: clear of the selection's 2-pixel outline. */
    static final double SAVING_OUTSET = 3;

    private final ArticleStyle style;
    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final ShapeLayer fills = new ShapeLayer();
    /** Changes shown while their edits wait for their commit (decision 0078): over the tints, under the text. */
    private final ShapeLayer saving = new ShapeLayer();
    private final ShapeLayer selection = new ShapeLayer();
    private final ShapeLayer outlines = new ShapeLayer();
    /** The layers and the text from the bottom up: where a layer goes back in when it has something to show. */
    private final List<Node> stacking = List.of(fills, saving, selection, flow, outlines);
    private Paragraph paragraph;
    private List<Highlight> highlights = List.of();
    private List<SavingMark> savingMarks = List.of();
    private int selectionStart;
    private int selectionEnd;
    private long selectedAnnotation = -1;
    private double brokenForWidth = -1;
    private double flowWidth;
    /** Each highlight's shapes as they are drawn, in drawing order: what a change of a few highlights keeps. */
    private List<Drawn> drawn = List.of();
    /**
     * Whether the shapes were drawn on the text as it is laid out now; until the next layout they are drawn whole,
     * after it only the highlights that changed are (decision 0040).
     */
    private boolean drawnOnLayout;
    private double drawnAtX = Double.NaN;
    private boolean rightToLeft = true;
    /** Whether the lanes are a layer each (adjudication), drawn as {@link LayerLanes} says. */
    private boolean layerLanes;

    ParagraphNode(ArticleStyle style) {
        this.style = style;
        getStyleClass().add("paragraph");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        flow.setLineSpacing(style.lineSpacing());
        getChildren().add(flow);
        // Scrolled by a fraction of a pixel, the layers paint again on the scene's whole pixels (ShapeLayer).
        // JavaFX computes this property lazily and tells a listener only of a change since the value was last read:
        // it is read once here, and again by the listener, so that every move is told.
        localToSceneTransformProperty().addListener(moved -> {
            getLocalToSceneTransform();
            fills.realign();
            saving.realign();
            selection.realign();
            outlines.realign();
        });
        getLocalToSceneTransform();
        text.getStyleClass().add("article-text");
    }

    void show(Paragraph paragraph, boolean rightToLeft) {
        this.paragraph = paragraph;
        this.rightToLeft = rightToLeft;
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        brokenForWidth = -1;
        drawnOnLayout = false;
        requestLayout();
    }

    /**
     * Shows all that is drawn over this paragraph, when it is given to a cell or its highlights change; each layer is
     * painted only if what it shows changed here (decisions 0034, 0050).
     */
    void decorate(List<Highlight> highlights, int selectionStart, int selectionEnd, long selectedAnnotation,
                  boolean layerLanes) {
        boolean lanesChanged = layerLanes != this.layerLanes;
        if (lanesChanged) {
            this.layerLanes = layerLanes;
            // Thicker lanes need more room between the lines; the words stay where they break.
            flow.setLineSpacing(layerLanes ? style.layerLaneSpacing() : style.lineSpacing());
            drawnOnLayout = false;
            requestLayout();
        }
        boolean marksChanged = lanesChanged || !highlights.equals(this.highlights);
        this.highlights = highlights;
        if (marksChanged && brokenForWidth >= 0) {
            int start = selectionEnd > selectionStart ? selectionStart : 0;
            int end = selectionEnd > selectionStart ? selectionEnd : 0;
            boolean selectionChanged = start != this.selectionStart || end != this.selectionEnd;
            this.selectedAnnotation = selectedAnnotation;
            this.selectionStart = start;
            this.selectionEnd = end;
            if (!drawnOnLayout) {
                drawDecorations();
                return;
            }
            drawChanged();
            if (selectionChanged) {
                drawSelection();
            }
            return;
        }
        outline(selectedAnnotation);
        select(selectionStart, selectionEnd);
    }

    /**
     * Shows these changes as being saved, painting only their layer: a key's response before its commit, which needs
     * no layout and no highlight of the paragraph changed (decision 0078).
     */
    void showSaving(List<SavingMark> marks) {
        if (marks.equals(savingMarks)) {
            return;
        }
        savingMarks = marks;
        if (brokenForWidth >= 0) {
            drawSaving();
        }
    }

    /** Shows the text selection [start, end) of this paragraph (empty: none), painting only the selection layer. */
    void select(int start, int end) {
        int from = end > start ? start : 0;
        int to = end > start ? end : 0;
        if (from == selectionStart && to == selectionEnd) {
            return;
        }
        selectionStart = from;
        selectionEnd = to;
        if (brokenForWidth >= 0) {
            drawSelection();
        }
    }

    /** Outlines the selected annotation's highlights here (-1: none), painting only the outline layer. */
    void outline(long annotationId) {
        if (annotationId == selectedAnnotation) {
            return;
        }
        long before = selectedAnnotation;
        selectedAnnotation = annotationId;
        if (brokenForWidth < 0) {
            return;
        }
        if (drawnOnLayout) {
            drawOutlines();
        } else if (outlines(highlights, before) || outlines(highlights, annotationId)) {
            // The text is broken anew but not laid out yet: everything is drawn on its new lines.
            drawDecorations();
        }
    }

    private static boolean outlines(List<Highlight> highlights, long annotationId) {
        return highlights.stream().anyMatch(highlight -> highlight.mark().marks(annotationId));
    }

    void fontChanged() {
        brokenForWidth = -1;
        drawnOnLayout = false;
        requestLayout();
    }

    Paragraph paragraph() {
        return paragraph;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        breakFor(width);
        return snappedTopInset() + flow.prefHeight(flowWidth) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        breakFor(getWidth());
        double available = available(getWidth());
        // Wider than the room only if one word is: keep the start of each line (its right edge in RTL) visible.
        double x = snappedLeftInset() + (rightToLeft ? available - flowWidth : 0);
        flow.setPrefWidth(flowWidth);
        flow.resizeRelocate(x, snappedTopInset(), flowWidth, flow.prefHeight(flowWidth));
        flow.layout();
        // A layout pass that moved nothing (another part of the window changed) leaves the shapes as they are.
        if (!drawnOnLayout || x != drawnAtX) {
            drawDecorations();
            drawnAtX = x;
            drawnOnLayout = true;
        }
    }

    private double available(double width) {
        return Math.max(1, width - snappedLeftInset() - snappedRightInset());
    }

    private void breakFor(double width) {
        if (paragraph == null || width <= 0 || width == brokenForWidth) {
            return;
        }
        double available = available(width);
        text.setFont(style.font());
        LineBreaks.Result result = LineBreaks.breakLines(paragraph.text(), available - style.breakSlack(),
                style::measure);
        text.setText(result.display());
        drawnOnLayout = false;
        // Exactly as wide as JavaFX lays out the widest line (so it never wraps a line itself), and placed against
        // the right edge: in a wider right-to-left TextFlow JavaFX aligns lines to the widest line, not to the edge.
        flowWidth = Math.ceil(style.measureLines(result.display())) + 2;
        brokenForWidth = width;
    }

    /** See {@link ArticleView#paintCharacters}: splits the text into three runs with the middle one coloured. */
    void paint(int start, int end, Color colour) {
        String display = text.getText();
        if (colour == null || end <= start) {
            flow.getChildren().setAll(text);
            return;
        }
        Text before = new Text(display.substring(0, start));
        Text middle = new Text(display.substring(start, end));
        Text after = new Text(display.substring(end));
        for (Text run : new Text[] {before, middle, after}) {
            run.setFont(text.getFont());
            run.getStyleClass().add("article-text");
        }
        middle.setFill(colour);
        flow.getChildren().setAll(before, middle, after);
    }

    /** Paragraph-local UTF-16 insertion index nearest to a point in this node's coordinates. */
    int insertionIndexAt(Point2D local) {
        HitInfo hit = flow.hitTest(flow.parentToLocal(local));
        return clamp(hit.getInsertionIndex());
    }

    /** Paragraph-local UTF-16 index of the character under a point, or -1 beyond the text. */
    int characterIndexAt(Point2D local) {
        HitInfo hit = flow.hitTest(flow.parentToLocal(local));
        int index = hit.getCharIndex();
        return index >= 0 && index < paragraph.text().length() ? index : -1;
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(index, paragraph.text().length()));
    }

    /** The boxes that the characters [start, end) occupy, in this node's coordinates. */
    List<Bounds> boxes(int start, int end) {
        List<Bounds> boxes = new ArrayList<>();
        if (end <= start) {
            return boxes;
        }
        PathElement[] elements = flow.getRangeShape(start, end, false);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        int corners = 0;
        for (PathElement element : elements) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                if (corners > 0) {
                    boxes.add(box(minX, minY, maxX, maxY));
                }
                minX = Double.MAX_VALUE;
                minY = Double.MAX_VALUE;
                maxX = -Double.MAX_VALUE;
                maxY = -Double.MAX_VALUE;
                corners = 0;
                x = move.getX();
                y = move.getY();
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            corners++;
        }
        if (corners > 0) {
            boxes.add(box(minX, minY, maxX, maxY));
        }
        return boxes;
    }

    private Bounds box(double minX, double minY, double maxX, double maxY) {
        double left = rightToLeft ? flowWidth - maxX : minX;
        double right = rightToLeft ? flowWidth - minX : maxX;
        return new BoundingBox(flow.getLayoutX() + left, flow.getLayoutY() + minY, right - left, maxY - minY);
    }

    private void drawDecorations() {
        List<Drawn> now = new ArrayList<>(highlights.size());
        if (paragraph != null) {
            for (Highlight highlight : highlights) {
                now.add(draw(highlight));
            }
        }
        drawn = now;
        paintLayer(fills, shapesOf(now));
        drawSaving();
        drawOutlines();
        drawSelection();
    }

    private void drawSaving() {
        List<PaintedShape> shapes = new ArrayList<>();
        for (SavingMark mark : savingMarks) {
            for (Bounds box : boxes(mark.start(), mark.end())) {
                shapes.add(mark.removed()
                        // Over the underlines too, in whichever lane they are.
                        ? new PaintedShape(PaintedShape.Kind.SAVING, null, new BoundingBox(box.getMinX(),
                                box.getMinY(), box.getWidth(), box.getHeight() + MAX_LANES * (UNDERLINE + LANE_GAP)
                                + LANE_GAP), style.removingColour(), null, 0, false)
                        // Outside the box: the selected annotation's outline, drawn on it above the text, would
                        // hide a stroke on the same edge (a reviewer's A is on the selected annotation).
                        : new PaintedShape(PaintedShape.Kind.SAVING, null, new BoundingBox(
                                box.getMinX() - SAVING_OUTSET, box.getMinY() - SAVING_OUTSET,
                                box.getWidth() + 2 * SAVING_OUTSET, box.getHeight() + 2 * SAVING_OUTSET), null,
                                mark.colour(), style.savingStrokeWidth(), false));
            }
        }
        paintLayer(saving, shapes);
    }

    /**
     * Works out the boxes of only the highlights that are not drawn yet, keeping those of the rest, and paints the
     * paragraph's highlights again from them: one tag on a paragraph of a hundred suggestions asks the text for one
     * range shape instead of a hundred. The order is that of {@link #drawDecorations}.
     */
    private void drawChanged() {
        // By identity: the index hands over the same highlight until it changes, and a record's hash walks its
        // mark's annotation, for each of the paragraph's highlights on every key.
        Map<Highlight, Drawn> before = new IdentityHashMap<>(drawn.size() * 2);
        for (Drawn shown : drawn) {
            before.put(shown.highlight(), shown);
        }
        List<Drawn> now = new ArrayList<>(highlights.size());
        for (Highlight highlight : highlights) {
            Drawn kept = before.get(highlight);
            now.add(kept == null ? draw(highlight) : kept);
        }
        drawn = now;
        paintLayer(fills, shapesOf(now));
        drawOutlines();
    }

    /** A highlight's boxes and its shapes: a tint and an underline per box. */
    private Drawn draw(Highlight highlight) {
        List<Bounds> boxes = boxes(highlight.start(), highlight.end());
        List<PaintedShape> shapes = new ArrayList<>(boxes.size() * 2);
        for (Bounds box : boxes) {
            shapes.add(tint(box, highlight));
            shapes.add(underline(box, highlight));
        }
        return new Drawn(highlight, boxes, shapes);
    }

    private static List<PaintedShape> shapesOf(List<Drawn> drawn) {
        List<PaintedShape> shapes = new ArrayList<>();
        drawn.forEach(shown -> shapes.addAll(shown.shapes()));
        return shapes;
    }

    /** How many times each layer was painted, for tests checking that a change repaints only what it changed. */
    LayerPaints paints() {
        return new LayerPaints(fills.paints(), selection.paints(), outlines.paints());
    }

    /** How many times the highlights', the selection's and the outline's layers were painted. */
    record LayerPaints(int highlights, int selection, int outlines) {
    }

    /** Every rectangle painted here, in this node's coordinates, from the bottom layer to the top. */
    List<PaintedShape> painted() {
        List<PaintedShape> all = new ArrayList<>(fills.painted());
        all.addAll(saving.painted());
        all.addAll(selection.painted());
        all.addAll(outlines.painted());
        return all;
    }

    private void drawOutlines() {
        List<PaintedShape> outlined = new ArrayList<>();
        for (Drawn shown : drawn) {
            if (shown.highlight().mark().marks(selectedAnnotation)) {
                shown.boxes().forEach(box -> outlined.add(new PaintedShape(PaintedShape.Kind.OUTLINE, null, box,
                        null, style.outlineColour(), 2, false)));
            }
        }
        paintLayer(outlines, outlined);
    }

    /** A highlight as drawn: where its boxes are, and the rectangles painted for them. */
    private record Drawn(Highlight highlight, List<Bounds> boxes, List<PaintedShape> shapes) {
    }

    private void drawSelection() {
        List<PaintedShape> selected = new ArrayList<>();
        for (Bounds box : boxes(selectionStart, selectionEnd)) {
            selected.add(new PaintedShape(PaintedShape.Kind.SELECTION, null, box, style.selectionColour(), null, 0,
                    false));
        }
        paintLayer(selection, selected);
    }

    /**
     * Paints a layer, which is in the paragraph only while it has something on it: most paragraphs show no change
     * being saved, no selection and no outline, and each layer in the scene is a node that every pulse's passes over
     * the paragraph visit and that follows every move of it. Its canvases are placed on the scene's pixels, so it goes
     * in before it paints.
     */
    private void paintLayer(ShapeLayer layer, List<PaintedShape> shapes) {
        if (!shapes.isEmpty() && layer.getParent() != this) {
            int place = 0;
            for (Node below : stacking.subList(0, stacking.indexOf(layer))) {
                place += below.getParent() == this ? 1 : 0;
            }
            // A parent given a child that still needs laying out is laid out again, and the flow of paragraphs with
            // it: a layer has nothing to lay out, and says so before it goes in.
            layer.layout();
            getChildren().add(place, layer);
        }
        layer.paint(shapes);
        if (shapes.isEmpty() && layer.getParent() == this) {
            getChildren().remove(layer);
        }
    }

    private PaintedShape tint(Bounds box, Highlight highlight) {
        double opacity = highlight.mark().look() == Mark.Look.REJECTED ? 0.10 : style.tintOpacity();
        boolean suggestion = highlight.mark().look() == Mark.Look.SUGGESTION;
        return new PaintedShape(PaintedShape.Kind.HIGHLIGHT, highlight.mark(), box,
                highlight.colour().deriveColor(0, 1, 1, opacity), suggestion ? highlight.colour() : null,
                suggestion ? 1 : 0, suggestion);
    }

    private PaintedShape underline(Bounds box, Highlight highlight) {
        int lane = Math.min(highlight.lane(), MAX_LANES - 1);
        double thickness = layerLanes ? LayerLanes.THICKNESS : UNDERLINE;
        double gap = layerLanes ? LayerLanes.GAP : LANE_GAP;
        Bounds line = new BoundingBox(box.getMinX(), box.getMaxY() + gap + lane * (thickness + gap), box.getWidth(),
                thickness);
        return layerLanes
                ? new PaintedShape(PaintedShape.Kind.LAYER_LANE, highlight.mark(), line, LayerLanes.colour(lane),
                        null, 0, false)
                : new PaintedShape(PaintedShape.Kind.UNDERLINE, highlight.mark(), line, highlight.colour(), null,
                        0, false);
    }
}
