package app.hamish.ui.frame;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * Work that waits until the scene's next frame has been laid out and rendered, so that it never delays that frame:
 * the one way the window, the article view and the benches wait for a frame.
 */
public final class AfterFrame {
    private AfterFrame() {
    }

    /**
     * Runs {@code work} once the scene's next frame has been drawn, and asks for that frame. Without a window showing
     * the scene no frame is coming: at once.
     */
    public static void run(Scene scene, Runnable work) {
        if (!showing(scene)) {
            work.run();
            return;
        }
        // Later, not in the pulse: the pulse still has to render the frame.
        inItsPulse(scene, () -> Platform.runLater(work));
    }

    /**
     * Runs {@code look} in the pulse that lays out the scene's next frame, once that is done: it sees the frame as it
     * is drawn, before anything queued behind it runs. It must be quick. A scene about to be shown waits for its first.
     */
    public static void inItsPulse(Scene scene, Runnable look) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                look.run();
            }
        });
        // Nothing else may have asked for a pulse: with none, the work would wait for the next unrelated change.
        Platform.requestNextPulse();
    }

    /** Runs {@code look} in every pulse that lays out the scene, once that is done, until unsubscribed. */
    public static Subscription inEachPulse(Scene scene, Runnable look) {
        scene.addPostLayoutPulseListener(look);
        return () -> scene.removePostLayoutPulseListener(look);
    }

    private static boolean showing(Scene scene) {
        Window window = scene == null ? null : scene.getWindow();
        return window != null && window.isShowing();
    }
}
