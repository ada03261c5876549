package app.hamish.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX workbench on a workspace; returns when the window closes. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /**
     * @param workspace the workspace named on the command line, or null for the one opened last (or the default)
     * @param annotator who annotates, or null to use the remembered name (or ask)
     * @param reviewer whether a new profile of that name is a reviewer's
     * @param exitWhenShown quit as soon as the first window is on screen, to measure start-up
     */
    public static void launch(Path workspace, String annotator, boolean reviewer, boolean exitWhenShown) {
        Path location = workspaceToOpen(workspace, SessionMemory.user(), DefaultWorkspace.location());
        List<String> arguments = new ArrayList<>(List.of("--workspace=" + location));
        if (annotator != null) {
            arguments.add("--annotator=" + annotator);
        }
        if (reviewer) {
            arguments.add("--reviewer=true");
        }
        if (exitWhenShown) {
            arguments.add("--exit-when-shown=true");
        }
        Application.launch(WorkbenchApp.class, arguments.toArray(String[]::new));
    }

    /** The named workspace wins; else the last one opened, unless it has been moved or deleted since. */
    static Path workspaceToOpen(Path named, SessionMemory memory, Path fallback) {
        if (named != null) {
            return named;
        }
        return memory.lastWorkspace().filter(Files::isRegularFile).orElse(fallback);
    }
}
