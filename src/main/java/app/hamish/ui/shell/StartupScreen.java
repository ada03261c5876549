package app.hamish.ui.shell;

import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's first frame: the interface's background, Hamish's name and the workspace being opened. Opening the
 * workspace and laying out the first article take a second or more; done before the window was shown, they left
 * it black until they were done. Now the window shows at once, and they follow once its first frame is drawn.
 */
final class StartupScreen {
    private StartupScreen() {
    }

    static void show(Stage stage, WorkspaceLocation workspace, ResourceBundle messages, Runnable then) {
        Label name = new Label(messages.getString("app.title"));
        name.getStyleClass().add("startup-title");
        Label opening = new Label(messages.getString("startup.opening"));
        Label path = new Label(workspace.toString());
        path.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        VBox root = new VBox(8, name, opening, path);
        root.setId("startup-screen");
        root.setAlignment(Pos.CENTER);
        root.setNodeOrientation(messages.getLocale().getLanguage().equals("ar") ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        WorkbenchWindow.prepareScene(stage, root);
        stage.setTitle(messages.getString("app.title"));
        stage.show();
        AfterFrame.run(stage.getScene(), then);
    }
}
