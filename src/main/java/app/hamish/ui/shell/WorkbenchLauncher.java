package app.hamish.ui.shell;

import app.hamish.service.Workspace;
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
     * @param workspace the workspace file named on the command line, or null for the one opened last (or the
     *                  default)
     * @param annotator who annotates, or null to use the remembered name (or ask)
     * @param reviewer whether a new profile of that name is a reviewer's
     * @param exitWhenShown quit as soon as the first window is on screen, to measure start-up
     * @throws NoDisplayException if there is no screen to show the workbench on
     * @throws app.hamish.store.StoreException if the workspace was refused (after the user was told in a dialog)
     */
    public static void launch(Path workspace, String annotator, boolean reviewer, boolean exitWhenShown) {
        launch(WorkspaceLocation.of(workspaceToOpen(workspace, SessionMemory.user(), DefaultWorkspace.location())),
                annotator, reviewer, exitWhenShown);
    }

    /** As {@link #launch(Path, String, boolean, boolean)}, on a workspace file or a server's database. */
    public static void launch(WorkspaceLocation location, String annotator, boolean reviewer,
                              boolean exitWhenShown) {
        // The full address: its sslmode and other options must reach the workbench's connection too.
        List<String> arguments = new ArrayList<>(List.of("--workspace=" + (location.isServer()
                ? location.server().url() : location.file().toString())));
        if (annotator != null) {
            arguments.add("--annotator=" + annotator);
        }
        if (reviewer) {
            arguments.add("--reviewer=true");
        }
        if (exitWhenShown) {
            arguments.add("--exit-when-shown=true");
        }
        if (!location.isServer()) {
            Workspace.prepareToOpenFiles();
        }
        try {
            Application.launch(WorkbenchApp.class, arguments.toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            // What JavaFX throws when its toolkit cannot start: on Linux, "Unable to open DISPLAY".
            throw new NoDisplayException(e.getMessage());
        }
        WorkbenchApp.refusal().ifPresent(refused -> {
            throw refused;
        });
    }

    /** The named workspace wins; else the last one opened, unless it has been moved or deleted since. */
    static Path workspaceToOpen(Path named, SessionMemory memory, Path fallback) {
        if (named != null) {
            return named;
        }
        return memory.lastWorkspace().filter(Files::isRegularFile).orElse(fallback);
    }
}
