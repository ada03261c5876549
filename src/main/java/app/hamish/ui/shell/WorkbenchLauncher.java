package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX workbench on a workspace; returns when the window closes. */
public final class WorkbenchLauncher {
    private static final Logger LOG = Logger.getLogger(WorkbenchLauncher.class.getName());
    /** JavaFX started before the arguments were parsed, or null: it starts in {@link #launch}. */
    private static ToolkitAhead ahead;

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
        launch(workspace, annotator, reviewer, exitWhenShown, false);
    }

    /**
     * As {@link #launch(Path, String, boolean, boolean)}, and with {@code rehearseKeys} the AOT cache's training:
     * once the window is filled, each key of the analyst and the reviewer pressed once on a workspace of the
     * rehearsal's own, then quit (decision 0074).
     *
     * @throws IllegalStateException if a key's step did not happen
     */
    public static void launch(Path workspace, String annotator, boolean reviewer, boolean exitWhenShown,
                              boolean rehearseKeys) {
        SessionMemory memory = SessionMemory.user();
        Path chosen = workspaceToOpen(workspace, memory, DefaultWorkspace.location());
        Path gone = workspace == null ? memory.lastWorkspace().filter(last -> !last.equals(chosen)).orElse(null)
                : null;
        if (gone != null) {
            LOG.warning(() -> "the workspace opened last, " + gone + ", is no longer there; opening " + chosen);
        }
        launch(WorkspaceLocation.of(chosen), annotator, reviewer, exitWhenShown, rehearseKeys, gone);
    }

    /** As {@link #launch(Path, String, boolean, boolean)}, on a workspace file or a server's database. */
    public static void launch(WorkspaceLocation location, String annotator, boolean reviewer,
                              boolean exitWhenShown) {
        launch(location, annotator, reviewer, exitWhenShown, false, null);
    }

    private static void launch(WorkspaceLocation location, String annotator, boolean reviewer,
                               boolean exitWhenShown, boolean rehearseKeys, Path gone) {
        if (!location.isServer()) {
            Workspace.prepareToOpenFiles();
        }
        // Opened while JavaFX starts, not once the workbench's start gets to it: the FX thread otherwise waited for
        // it after preparing its scene (decision 0065).
        WorkspaceOpening opening = WorkspaceOpening.startAlone(location);
        WorkbenchApp.request(Optional.of(new WorkbenchApp.Request(location, opening, annotator, reviewer,
                exitWhenShown, rehearseKeys, gone)));
        try {
            if (ahead == null) {
                Application.launch(WorkbenchApp.class);
            } else {
                ahead.awaitEnd().ifPresent(WorkbenchLauncher::rethrow);
            }
        } catch (UnsupportedOperationException e) {
            // What JavaFX throws when its toolkit cannot start: on Linux, "Unable to open DISPLAY". The workspace,
            // opening meanwhile, is closed first, not cut off in a migration or backup by the exit.
            WorkbenchApp.decline(opening);
            throw new NoDisplayException(e.getMessage());
        }
        WorkbenchApp.refusal().ifPresent(refused -> {
            throw refused;
        });
        KeyRehearsal.failure().ifPresent(stopped -> {
            throw stopped;
        });
    }

    /**
     * Starts JavaFX for the workbench now, while the command line is still parsed, so that the two overlap
     * (decision 0060); {@link #launch} then shows the workbench on it, or {@link #noWorkbench} stops it. Only for
     * arguments that name no command: a command that shows windows of its own starts JavaFX itself.
     */
    public static void startAhead() {
        ahead = ToolkitAhead.start();
    }

    /**
     * The arguments were not the workbench's after all: JavaFX, if started ahead, stops without a window. After the
     * workbench, nothing: it has stopped already.
     */
    public static void noWorkbench() {
        WorkbenchApp.request(Optional.empty());
        if (ahead != null) {
            // Whatever stopped it is not the mistake the analyst is told of.
            ahead.awaitEnd();
        }
    }

    private static void rethrow(Throwable failure) {
        switch (failure) {
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }

    /** The named workspace wins; else the last one opened, unless it has been moved or deleted since. */
    static Path workspaceToOpen(Path named, SessionMemory memory, Path fallback) {
        if (named != null) {
            return named;
        }
        return memory.lastWorkspace().filter(Files::isRegularFile).orElse(fallback);
    }
}
