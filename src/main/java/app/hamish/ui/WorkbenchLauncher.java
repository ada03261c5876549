package app.hamish.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX workbench on a workspace; returns when the window closes. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /**
     * @param annotator who annotates, or null to use the remembered name (or ask)
     * @param reviewer whether a new profile of that name is a reviewer's
     */
    public static void launch(Path workspace, String annotator, boolean reviewer) {
        List<String> arguments = new ArrayList<>(List.of("--workspace=" + workspace));
        if (annotator != null) {
            arguments.add("--annotator=" + annotator);
        }
        if (reviewer) {
            arguments.add("--reviewer=true");
        }
        Application.launch(WorkbenchApp.class, arguments.toArray(String[]::new));
    }
}
