package app.hamish.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX workbench on a workspace; returns when the window closes. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(Path workspace) {
        Application.launch(WorkbenchApp.class, "--workspace=" + workspace);
    }
}
