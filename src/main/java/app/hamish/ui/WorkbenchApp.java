package app.hamish.ui;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the workbench window on the workspace named on the command line. */
public final class WorkbenchApp extends Application {
    private WorkbenchWindow window;

    @Override
    public void start(Stage stage) {
        Path location = Path.of(getParameters().getNamed().getOrDefault("workspace",
                Workspace.DEFAULT_LOCATION.toString()));
        window = WorkbenchWindow.open(stage, location);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
