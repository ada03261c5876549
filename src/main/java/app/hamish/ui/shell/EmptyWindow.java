package app.hamish.ui.shell;

import app.hamish.ui.frame.AfterFrame;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up bench's limit (decision 0039): the JVM and JavaFX showing one empty window of the workbench's size,
 * then saying so as the workbench does with {@code --exit-when-shown}, and quitting. What any JavaFX program on this
 * machine waits for before it can show anything.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    /**
     * Returns once the window's first frame has been laid out and rendered, and JavaFX told to stop.
     *
     * @throws NoDisplayException if there is no screen to show it on
     */
    public static void showOnce() throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            Platform.startup(showEmpty(shown));
        } catch (UnsupportedOperationException e) {
            throw new NoDisplayException(e.getMessage());
        }
        shown.await();
    }

    private static Runnable showEmpty(CountDownLatch shown) {
        return () -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1280, 800);
            stage.setScene(scene);
            AfterFrame.inItsPulse(scene, () -> {
                System.out.println(WorkbenchApp.SHOWN);
                Platform.exit();
                shown.countDown();
            });
            stage.show();
        };
    }
}
