package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;

/** Keys pressed through the robot, as an analyst presses them, then the scene settled. */
final class KeyPresses {
    private KeyPresses() {
    }

    /** Presses {@code code} with the modifiers held. */
    static void press(Robot robot, KeyCode code, KeyCode... modifiers) {
        HeadlessFx.run(() -> {
            for (KeyCode modifier : modifiers) {
                robot.keyPress(modifier);
            }
            robot.keyType(code);
            for (KeyCode modifier : modifiers) {
                robot.keyRelease(modifier);
            }
        });
        HeadlessFx.settle();
    }

    /**
     * Until the window's key edit, shown as saving in a frame and committed after it (decision 0078), is shown
     * committed: a fixed rest let a loaded machine check before the commit's frame had come.
     */
    static void committed(WorkbenchWindow window) {
        HeadlessFx.settle();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (HeadlessFx.call(() -> window.session().waiting().isWaiting())) {
            assertThat(System.nanoTime()).as("the edit still waits for its frame after 30 s").isLessThan(giveUp);
            HeadlessFx.settle();
        }
    }
}
