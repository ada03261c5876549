package app.hamish.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until the scene's next frame has been laid out and rendered, so that it never delays that frame. */
final class AfterFrame {
    private AfterFrame() {
    }

    static void run(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // Later, not here: this pulse still has to render the frame.
                Platform.runLater(work);
            }
        });
    }
}
