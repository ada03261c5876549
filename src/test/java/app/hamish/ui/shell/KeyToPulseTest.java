package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
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
        HeadlessFx.start();
        Stage stage = HeadlessFx.call(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new Pane(), 200, 100));
            shown.show();
            return shown;
        });
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
}
