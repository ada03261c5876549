package app.hamish.ui;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens the workbench window on the workspace named on the command line. */
public final class WorkbenchApp extends Application {
    private WorkbenchWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Path location = Path.of(named.getOrDefault("workspace", Workspace.DEFAULT_LOCATION.toString()));
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        WorkbenchWindow.Options options = new WorkbenchWindow.Options(named.get("annotator"),
                named.containsKey("reviewer") ? Annotator.Role.REVIEWER : Annotator.Role.ANNOTATOR,
                named.get("article"), defaults.locale(), defaults.background(), null);
        Workspace workspace;
        try {
            workspace = Workspace.open(location);
        } catch (StoreException e) {
            // Refused before any window exists, so no half-built workbench is ever shown.
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(Messages.bundle(defaults.locale()).getString("workspace.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        WorkbenchWindow.open(stage, workspace, options).ifPresentOrElse(opened -> window = opened, Platform::exit);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
