package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.frame.AfterFrame;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The bench's first timed key measures the workbench, not the bench: its flight-recorder event's first use (the
 * recorder's Java side, over a hundred classes) and the robot's first key were 170 ms of the first tag press's
 * 186 (decision 0082). Counted in classes loaded, which no load moves; never timed.
 */
class KeyToPulseTest {
    @Test
    void theFirstTimedKeyLoadsNoneOfTheInstrumentsClasses() {
        Stage stage = shownStage();
        try {
            KeyToPulse keys = KeyToPulse.on(stage.getScene());
            ClassLoadingMXBean loading = ManagementFactory.getClassLoadingMXBean();
            long before = loading.getTotalLoadedClassCount();

            keys.timeLimit();

            assertThat(loading.getTotalLoadedClassCount() - before).as("classes loaded by the first timed key")
                    .isLessThan(10);
        } finally {
            HeadlessFx.run(stage::close);
        }
    }

    /**
     * The rest before a timed key lasts until the scroll and selection have been laid out twice (the second pulse
     * begins once the first is drawn), however long the FX thread takes to get to them.
     */
    @Test
    void theRestBeforeAKeyLastsTwoLaidOutPulses() {
        Stage stage = shownStage();
        try {
            KeyToPulse keys = KeyToPulse.on(stage.getScene());
            AtomicInteger laidOut = new AtomicInteger();
            HeadlessFx.run(() -> AfterFrame.inEachPulse(stage.getScene(), laidOut::incrementAndGet));

            keys.awaitPulses(2);

            // Read in the FX thread's next turn: the rest ends within the second pulse's listeners, this count's too.
            assertThat(HeadlessFx.call(laidOut::get)).as("pulses laid out before the rest ended")
                    .isGreaterThanOrEqualTo(2);
        } finally {
            HeadlessFx.run(stage::close);
        }
    }

    private static Stage shownStage() {
        HeadlessFx.start();
        return HeadlessFx.call(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new Pane(), 200, 100));
            shown.show();
            return shown;
        });
    }
}
