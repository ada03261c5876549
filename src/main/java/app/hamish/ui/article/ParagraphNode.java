package app.hamish.ui.article;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
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

    private final ArticleStyle style;
    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final Group fills = new Group();
    private final Group selection = new Group();
    private final Group outlines = new Group();
    private Paragraph paragraph;
    private List<Highlight> highlights = List.of();
    private int selectionStart;
    private int selectionEnd;
    private long selectedAnnotation = -1;
    private double brokenForWidth = -1;
    private double flowWidth;
    private boolean rightToLeft = true;
    /** Whether the lanes are a layer each (adjudication), drawn as {@link LayerLanes} says. */
    private boolean layerLanes;

    ParagraphNode(ArticleStyle style) {
        this.style = style;
        getStyleClass().add("paragraph");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        flow.setLineSpacing(style.lineSpacing());
        fills.setManaged(false);
        selection.setManaged(false);
        outlines.setManaged(false);
        getChildren().addAll(fills, selection, flow, outlines);
        text.getStyleClass().add("article-text");
    }

    void show(Paragraph paragraph, boolean rightToLeft) {
        this.paragraph = paragraph;
        this.rightToLeft = rightToLeft;
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        brokenForWidth = -1;
        requestLayout();
    }

    /**
     * Draws the highlights, the text selection and the selected annotation's outline, each only if it changed here:
     * a selection or an edit elsewhere in the article redraws nothing of this paragraph (decision 0034).
     */
    void decorate(List<Highlight> highlights, int selectionStart, int selectionEnd, long selectedAnnotation,
                  boolean layerLanes) {
        boolean lanesChanged = layerLanes != this.layerLanes;
        if (lanesChanged) {
            this.layerLanes = layerLanes;
            // Thicker lanes need more room between the lines; the words stay where they break.
            flow.setLineSpacing(layerLanes ? style.layerLaneSpacing() : style.lineSpacing());
            requestLayout();
        }
        int start = selectionEnd > selectionStart ? selectionStart : 0;
        int end = selectionEnd > selectionStart ? selectionEnd : 0;
        boolean marksChanged = lanesChanged || !highlights.equals(this.highlights)
                || selectedAnnotation != this.selectedAnnotation
                && (outlines(this.highlights, this.selectedAnnotation) || outlines(highlights, selectedAnnotation));
        boolean selectionChanged = start != this.selectionStart || end != this.selectionEnd;
        this.highlights = highlights;
        this.selectionStart = start;
        this.selectionEnd = end;
        this.selectedAnnotation = selectedAnnotation;
        if (brokenForWidth < 0) {
            return;
        }
        if (marksChanged) {
            drawDecorations();
        } else if (selectionChanged) {
            drawSelection();
        }
    }

    private static boolean outlines(List<Highlight> highlights, long annotationId) {
        return highlights.stream().anyMatch(highlight -> highlight.mark().marks(annotationId));
    }

    void fontChanged() {
        brokenForWidth = -1;
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
        drawDecorations();
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
        fills.getChildren().clear();
        selection.getChildren().clear();
        outlines.getChildren().clear();
        if (paragraph == null) {
            return;
        }
        for (Highlight highlight : highlights) {
            for (Bounds box : boxes(highlight.start(), highlight.end())) {
                fills.getChildren().add(fill(box, highlight));
                fills.getChildren().add(underline(box, highlight));
                if (highlight.mark().marks(selectedAnnotation)) {
                    outlines.getChildren().add(outline(box));
                }
            }
        }
        drawSelection();
    }

    private void drawSelection() {
        selection.getChildren().clear();
        for (Bounds box : boxes(selectionStart, selectionEnd)) {
            Rectangle rectangle = rectangle(box);
            rectangle.setFill(style.selectionColour());
            rectangle.getStyleClass().add("text-selection");
            selection.getChildren().add(rectangle);
        }
    }

    private Rectangle fill(Bounds box, Highlight highlight) {
        Rectangle rectangle = rectangle(box);
        double opacity = highlight.mark().look() == Mark.Look.REJECTED ? 0.10 : style.tintOpacity();
        rectangle.setFill(highlight.colour().deriveColor(0, 1, 1, opacity));
        if (highlight.mark().look() == Mark.Look.SUGGESTION) {
            rectangle.setStroke(highlight.colour());
            rectangle.getStrokeDashArray().setAll(4.0, 3.0);
        }
        rectangle.getStyleClass().add("highlight");
        rectangle.setUserData(highlight.mark());
        return rectangle;
    }

    private Rectangle underline(Bounds box, Highlight highlight) {
        int lane = Math.min(highlight.lane(), MAX_LANES - 1);
        double thickness = layerLanes ? LayerLanes.THICKNESS : UNDERLINE;
        double gap = layerLanes ? LayerLanes.GAP : LANE_GAP;
        Rectangle line = new Rectangle(box.getMinX(), box.getMaxY() + gap + lane * (thickness + gap),
                box.getWidth(), thickness);
        line.setFill(layerLanes ? LayerLanes.colour(lane) : highlight.colour());
        line.getStyleClass().add(layerLanes ? "layer-lane" : "underline");
        line.setMouseTransparent(true);
        return line;
    }

    private Rectangle outline(Bounds box) {
        Rectangle rectangle = rectangle(box);
        rectangle.setFill(Color.TRANSPARENT);
        rectangle.setStroke(style.outlineColour());
        rectangle.setStrokeWidth(2);
        rectangle.getStyleClass().add("selected-annotation");
        return rectangle;
    }

    private static Rectangle rectangle(Bounds box) {
        Rectangle rectangle = new Rectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        rectangle.setMouseTransparent(true);
        return rectangle;
    }
}
