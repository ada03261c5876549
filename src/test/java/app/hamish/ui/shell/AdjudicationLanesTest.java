package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.ui.article.PaintedShapes;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adjudication view's lanes are read at a glance: under each word a bar per layer, thick, apart from the next,
 * in the colour of its layer that the side pane shows beside the layer's name.
 */
class AdjudicationLanesTest {
    @TempDir
    Path folder;

    @Test
    void eachLayersLaneIsAThickBarInItsLayersColourApartFromTheNext() {
        TwoLayersInReview layers = TwoLayersInReview.create(folder.resolve("lanes.db"), "mona", "ali");
        int claim = layers.stored(layers.monaClaim()).span().start();
        WorkbenchWindow window = WorkbenchHarness.open(layers.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                window.articleView().scrollToOffset(claim);
                window.articleView().requestFocus();
            });
            assertThat(HeadlessFx.call(() -> window.stage().getScene().lookup("#adjudication-counter")))
                    .as("the hidden pane's counter, made only when first shown (decision 0097)").isNull();
            KeyPresses.press(robot, KeyCode.J, KeyCode.CONTROL, KeyCode.ALT);

            List<PaintedShapes.Shape> bars = HeadlessFx.call(() -> PaintedShapes.layerLanes(window.articleView()));
            assertThat(bars).as("mona's and ali's claim, each in its lane").isNotEmpty();
            assertThat(bars).allSatisfy(bar -> assertThat(bar.bounds().getHeight()).isGreaterThanOrEqualTo(4));
            Paint ali = swatch(window, "#lane-2");
            Paint mona = swatch(window, "#lane-3");
            assertThat(ali).isNotEqualTo(mona).isNotEqualTo(swatch(window, "#lane-1"));
            Map<Double, List<PaintedShapes.Shape>> underOneBox = bars.stream()
                    .collect(Collectors.groupingBy(bar -> bar.bounds().getMinX() * 100_000
                            + bar.bounds().getWidth()));
            assertThat(underOneBox.values()).allSatisfy(stack -> {
                List<PaintedShapes.Shape> down = stack.stream()
                        .sorted(Comparator.comparingDouble(bar -> bar.bounds().getMinY())).toList();
                assertThat(down).extracting(PaintedShapes.Shape::fill).containsExactly(ali, mona);
                assertThat(down.get(1).bounds().getMinY() - down.get(0).bounds().getMaxY())
                        .as("the gap between two lanes").isGreaterThanOrEqualTo(2);
            });
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static Paint swatch(WorkbenchWindow window, String lane) {
        return HeadlessFx.call(() -> ((Rectangle) ((Label) window.stage().getScene().lookup(lane)).getGraphic())
                .getFill());
    }
}
