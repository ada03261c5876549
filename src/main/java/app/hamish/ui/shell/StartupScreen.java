package app.hamish.ui.shell;

import app.hamish.ui.frame.AfterFrame;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's first frame while the workspace opens: the interface's background, Hamish's name and the workspace
 * being opened. Opening the workspace and laying out the first article take a second or more; done before the
 * window was shown, they left it black until they were done. Now a window shows at once, and they follow once its
 * first frame is drawn. When the workbench itself can be shown at once, it is shown instead (decision 0054).
 */
final class StartupScreen {
    private StartupScreen() {
    }

    /** Shows the screen, and runs {@code then} once its first frame has been drawn. */
    static void show(Stage stage, WorkspaceLocation workspace, ResourceBundle messages, Runnable then) {
        prepare(stage, workspace, messages);
        stage.show();
        AfterFrame.run(stage.getScene(), then);
    }

    /**
     * Gives the stage the workbench's scene with the screen in it, not yet shown: the controls' and the scene's first
     * costs (the default stylesheet, the renderer) are paid now, while the workspace opens.
     */
    static void prepare(Stage stage, WorkspaceLocation workspace, ResourceBundle messages) {
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
    }
}
