package app.hamish.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX workbench on a workspace; returns when the window closes. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /** @param annotator who annotates, or null to use the remembered name (or ask) */
    public static void launch(Path workspace, String annotator) {
        List<String> arguments = new ArrayList<>(List.of("--workspace=" + workspace));
        if (annotator != null) {
            arguments.add("--annotator=" + annotator);
        }
        Application.launch(WorkbenchApp.class, arguments.toArray(String[]::new));
    }
}
