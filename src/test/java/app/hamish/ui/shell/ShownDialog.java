package app.hamish.ui.shell;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The dialog the application shows of its own accord (an alert, an error), waited for from off the FX thread. */
final class ShownDialog {
    private ShownDialog() {
    }

    /** The first dialog showing, looked for every {@code pause} until {@code within} has passed; empty if none. */
    static Optional<Stage> within(Duration within, Duration pause) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Stage> found = HeadlessFx.call(() -> Window.getWindows().stream()
                    .filter(window -> window instanceof Stage && window.isShowing()
                            && window.getScene().getRoot() instanceof DialogPane)
                    .map(Stage.class::cast).findFirst());
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(pause);
        }
        return Optional.empty();
    }
}
