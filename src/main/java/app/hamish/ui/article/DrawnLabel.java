package app.hamish.ui.article;

import javafx.scene.control.Label;

/**
 * A label whose text is drawn by a {@link DrawnText}: for a text that changes with every key (a count), given another
 * text it is neither taken out, styled again nor measured more than once (decision 0067).
 */
public final class DrawnLabel extends Label {
    private final DrawnText drawn = new DrawnText(this, new FittedText());

    public void show(String text) {
        drawn.show(text);
    }

    @Override
    protected double computePrefWidth(double height) {
        return super.computePrefWidth(height) + drawn.preferredWidthLacked();
    }

    @Override
    protected double computeMinWidth(double height) {
        return super.computeMinWidth(height) + drawn.leastWidthLacked();
    }

    @Override
    protected void layoutChildren() {
        drawn.fitTo(drawn.roomIn(getWidth() - snappedLeftInset() - snappedRightInset()));
        super.layoutChildren();
    }
}
