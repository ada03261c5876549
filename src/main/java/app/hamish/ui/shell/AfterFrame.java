package app.hamish.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until the scene's next frame has been laid out and rendered, so that it never delays that frame. */
final class AfterFrame {
    private AfterFrame() {
    }

    static void run(Scene scene, Runnable work) {
        // Later, not in the pulse: the pulse still has to render the frame.
        inItsPulse(scene, () -> Platform.runLater(work));
    }

    /**
     * Runs {@code look} in the pulse that lays out the scene's next frame, once that is done: it sees the frame as it
     * is drawn, before anything queued behind it runs. It must be quick.
     */
    static void inItsPulse(Scene scene, Runnable look) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                look.run();
            }
        });
    }
}
