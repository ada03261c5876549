package app.hamish.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up timer's limit (decision 0022): the JVM and JavaFX showing one empty window of the workbench's size,
 * then saying so as the workbench does with {@code --exit-when-shown}, and quitting. What any JavaFX program on this
 * machine waits for before it can show anything.
 *
 * <pre>java -cp target/hamish.jar app.hamish.ui.shell.EmptyWindow</pre>
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1280, 800);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println(WorkbenchApp.SHOWN);
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        });
    }
}
