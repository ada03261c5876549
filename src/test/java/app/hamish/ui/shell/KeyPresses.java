package app.hamish.ui.shell;

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
}
