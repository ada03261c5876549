package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The interface's fonts are looked up beside the FX thread's start, not on it (decision 0068). */
class FontsAheadTest {
    /**
     * The workbench's {@code init}, which JavaFX runs once its toolkit is up and before {@code start}, starts the
     * lookup; it ends while the FX thread is busy, as it is then with the start-up screen's scene.
     */
    @Test
    void theWorkbenchsInitLooksTheFontsUpWhileTheFxThreadIsBusy() throws Exception {
        try (HeldFxThread _ = HeldFxThread.hold()) {
            WorkbenchApp app = new WorkbenchApp();
            app.init();
            assertThat(app.fontsAhead()).as("the fonts looked up before the FX thread is free")
                    .succeedsWithin(Duration.ofSeconds(20));
        }
    }
}
