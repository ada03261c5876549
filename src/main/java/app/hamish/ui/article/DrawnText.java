package app.hamish.ui.article;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A labelled control's text drawn by a {@code Text} of its own, shaped once and cut only when it does not fit, as the
 * control's label cuts it (decision 0063). A label given another text takes its text node out and puts it back
 * (styling it again, and beside it a check box's box), measures it three or four times and, for Arabic, once more
 * per character it cuts: on every key for a count that changes with each key (decision 0067). The control's own text
 * stays empty; its accessible text is the whole text.
 */
public final class DrawnText {
    private final Labeled owner;
    private final FittedText fitting;
    private final Text shown = new Text();
    private final Rectangle overflow = new Rectangle();
    /** The text, whole. */
    private String full = "";
    private String fittedText;
    private Font fittedFont;
    private double fittedWidth = Double.NaN;
    private String measuredText;
    private Font measuredFont;
    private double measuredWidth;

    /** Draws {@code owner}'s text; its text property is left empty from now on. */
    public DrawnText(Labeled owner, FittedText fitting) {
        this.owner = owner;
        this.fitting = fitting;
        // The style class of a label's own text: the same bounds (centred on the capital height), the same rules.
        shown.getStyleClass().add("text");
        shown.fontProperty().bind(owner.fontProperty());
        shown.fillProperty().bind(owner.textFillProperty());
        owner.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        owner.setGraphic(shown);
    }

    /** Shows another text; the same text again changes nothing, not even the layout. */
    public void show(String text) {
        String now = text == null ? "" : text;
        if (!now.equals(full)) {
            full = now;
            owner.setAccessibleText(now);
            shown.setText(now);
            // The drawn text is whole again: given back the text it last cut before a layout, it is cut anew.
            fittedText = null;
            owner.requestLayout();
        }
    }

    /**
     * What the owner's preferred width lacks next to a label's: the room of its text whole where the text drawn is
     * cut (or a text once cut would keep the owner at the width of its cut), and the label's padding, which a
     * control drawing only its graphic leaves out.
     */
    public double preferredWidthLacked() {
        return Math.max(0, wholeWidth() - drawnWidth()) + padding();
    }

    /**
     * What the owner's least width lacks next to a label's: a label may shrink to its ellipsis (or its whole text if
     * narrower), not to the text drawn now, and keeps its padding; so its pane shrinks as it did.
     */
    public double leastWidthLacked() {
        return Math.min(wholeWidth(), fitting.widthOf(FittedText.ELLIPSIS, owner.getFont())) - drawnWidth()
                + padding();
    }

    /** The room for the text where the owner gives its label an area {@code width} wide: less the label's padding. */
    public double roomIn(double width) {
        return Math.max(0, width - padding());
    }

    private double padding() {
        return owner.snapSizeX(owner.getLabelPadding().getLeft()) + owner.snapSizeX(owner.getLabelPadding().getRight());
    }

    private double drawnWidth() {
        return shown.getLayoutBounds().getWidth();
    }

    /** The whole text's width, measured once per text and font. */
    private double wholeWidth() {
        if (!full.equals(measuredText) || owner.getFont() != measuredFont) {
            measuredText = full;
            measuredFont = owner.getFont();
            measuredWidth = fitting.widthOf(full, measuredFont);
        }
        return measuredWidth;
    }

    /**
     * Cuts the text to {@code width}, the room {@link #roomIn} gives, in the owner's layout pass, unless it was cut
     * to that width already.
     */
    public void fitTo(double width) {
        if (full.equals(fittedText) && width == fittedWidth && owner.getFont() == fittedFont) {
            return;
        }
        shown.setText(full);
        shown.setText(fitting.fit(full, shown.getLayoutBounds().getWidth(), owner.getFont(), width));
        // A label clips what is still wider than its room, from the side its text starts on.
        double drawn = shown.getLayoutBounds().getWidth();
        if (drawn > width) {
            boolean leftToRight = owner.getEffectiveNodeOrientation() == NodeOrientation.LEFT_TO_RIGHT;
            overflow.setX(leftToRight ? shown.getLayoutBounds().getMinX() : shown.getLayoutBounds().getMaxX() - width);
            overflow.setY(shown.getLayoutBounds().getMinY());
            overflow.setWidth(width);
            overflow.setHeight(shown.getLayoutBounds().getHeight());
            shown.setClip(overflow);
        } else {
            shown.setClip(null);
        }
        // Placed by the control as a graphic, which has no label padding: moved by it, where a label's text is.
        shown.setTranslateX(owner.snapSizeX(owner.getLabelPadding().getLeft()));
        fittedText = full;
        fittedFont = owner.getFont();
        fittedWidth = width;
    }
}
