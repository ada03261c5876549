package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import app.hamish.model.Span;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dragging a selection past the bottom of the article scrolls it, and the selection follows the text to the edge
 * of the view, never jumping to the end of the article.
 */
class DragScrollTest {
    private static final String LONG_ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void holdingADragBelowTheArticleScrollsItAndTheSelectionGrowsWithTheText() throws Exception {
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("drag.db"), LONG_ARTICLE, 1100, 480);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            int length = HeadlessFx.call(() -> window.session().articleProperty().get().text().codePointLength());
            Bounds view = HeadlessFx.call(() -> window.articleView().localToScreen(
                    window.articleView().getBoundsInLocal()));
            Point2D firstLine = new Point2D(view.getMaxX() - 60, view.getMinY() + 12);
            Point2D belowTheView = new Point2D(view.getCenterX(), view.getMaxY() + 30);

            Span atOnce = drag(window, robot, firstLine, belowTheView, 0);
            assertThat(atOnce.length()).as("to the bottom edge").isPositive();
            assertThat(atOnce.end()).as("not to the end of the article").isLessThan(length);

            HeadlessFx.run(() -> window.articleView().scrollToOffset(0));
            HeadlessFx.settle();
            Span held = drag(window, robot, firstLine, belowTheView, 1_000);
            assertThat(held.start()).isEqualTo(atOnce.start());
            assertThat(held.end()).as("the text scrolled under the pointer was taken in")
                    .isGreaterThan(atOnce.end());
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** Presses at {@code from}, drags to {@code to}, holds there {@code millis}, releases; the selection. */
    private static Span drag(WorkbenchWindow window, Robot robot, Point2D from, Point2D to, long millis)
            throws InterruptedException {
        HeadlessFx.run(() -> robot.mouseMove(from));
        HeadlessFx.run(() -> robot.mousePress(MouseButton.PRIMARY));
        for (int step = 1; step <= 6; step++) {
            double t = step / 6.0;
            HeadlessFx.run(() -> robot.mouseMove(from.getX() + t * (to.getX() - from.getX()),
                    from.getY() + t * (to.getY() - from.getY())));
        }
        Thread.sleep(millis);
        HeadlessFx.run(() -> robot.mouseRelease(MouseButton.PRIMARY));
        HeadlessFx.settle();
        return HeadlessFx.call(() -> window.session().selectionProperty().get());
    }
}
