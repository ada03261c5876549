package app.hamish.ui.review;

import app.hamish.ui.article.DrawnText;
import app.hamish.ui.article.FittedText;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;

/**
 * A layer's check box in the review pane, its line (name, state, counts) drawn by a text of its own: each tag, delete
 * or decision changes the counts, and a check box given another text put its text and its box back among its
 * children, styled both again and measured the text three or four times before the frame (decision 0067). The line
 * is cut where the check box would cut it; a login's underscore is drawn as written, never taken for a mnemonic.
 */
final class LayerBox extends CheckBox {
    private final DrawnText line = new DrawnText(this, new FittedText());

    LayerBox(String text) {
        line.show(text);
    }

    void show(String text) {
        line.show(text);
    }

    /** Cut to the room the check box's skin leaves its label: its width less its box and the label's padding. */
    @Override
    protected void layoutChildren() {
        double box = lookup(".box") instanceof Region region ? snapSizeX(region.prefWidth(-1)) : 0;
        line.fitTo(line.roomIn(getWidth() - snappedLeftInset() - snappedRightInset() - box));
        super.layoutChildren();
    }

    /** As wide as the check box with its line whole asked to be, though the line drawn may be cut. */
    @Override
    protected double computePrefWidth(double height) {
        return super.computePrefWidth(height) + line.preferredWidthLacked();
    }

    /** As narrow as the check box with its line could be: its ellipsis. */
    @Override
    protected double computeMinWidth(double height) {
        return super.computeMinWidth(height) + line.leastWidthLacked();
    }
}
