package app.hamish.ui.article;

import java.util.function.DoubleConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Scrolls the article while a drag-selection holds the pointer above or below it, faster the further out, and
 * lets the selection follow the text that moves under the pointer: a claim longer than the screen is selected in
 * one drag.
 */
final class DragScroll {
    private static final Duration TICK = Duration.millis(30);
    /** Pixels scrolled per tick for each pixel the pointer is beyond the edge, up to {@link #MAX_STEP}. */
    private static final double SPEED = 0.5;
    private static final double MAX_STEP = 60;

    private final Region view;
    private final DoubleConsumer scrollBy;
    private final Runnable extend;
    private final Timeline timeline;
    private double pointerY;

    /**
     * @param scrollBy scrolls the text by that many pixels (negative: up)
     * @param extend moves the selection's focus to where the pointer now is, over the text that has moved
     */
    DragScroll(Region view, DoubleConsumer scrollBy, Runnable extend) {
        this.view = view;
        this.scrollBy = scrollBy;
        this.extend = extend;
        timeline = new Timeline(new KeyFrame(TICK, event -> tick()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** Where the dragging pointer is, in the view's coordinates: scrolling starts outside it and stops inside. */
    void pointerAt(double y) {
        pointerY = y;
        if (beyondEdge() == 0) {
            timeline.stop();
        } else if (timeline.getStatus() != Animation.Status.RUNNING) {
            timeline.play();
        }
    }

    void stop() {
        timeline.stop();
    }

    /** A point inside the view at the height of {@code y}: the edge line while the pointer is beyond it. */
    double clamp(double y) {
        return Math.max(1, Math.min(view.getHeight() - 1, y));
    }

    private double beyondEdge() {
        return pointerY < 0 ? pointerY : pointerY > view.getHeight() ? pointerY - view.getHeight() : 0;
    }

    private void tick() {
        double beyond = beyondEdge();
        if (beyond == 0) {
            timeline.stop();
            return;
        }
        scrollBy.accept(Math.max(-MAX_STEP, Math.min(MAX_STEP, beyond * SPEED)));
        extend.run();
    }
}
