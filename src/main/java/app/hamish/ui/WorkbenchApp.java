package app.hamish.ui;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens the workbench window on the workspace named on the command line. */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = Logger.getLogger(WorkbenchApp.class.getName());
    /** What {@code --exit-when-shown} prints once the first window is on screen; start-up timers wait for it. */
    public static final String SHOWN = "hamish: first window shown";
    /** Why the workspace was refused, for the launcher to report as the exit code once JavaFX has stopped. */
    private static volatile StoreException refusal;
    private WorkbenchWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Path location = Path.of(named.get("workspace"));
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        ResourceBundle messages = Messages.bundle(defaults.locale());
        UncaughtErrors.installOnFxThread(DefaultWorkspace.logFile(), messages);
        WorkbenchWindow.Options options = new WorkbenchWindow.Options(named.get("annotator"),
                named.containsKey("reviewer") ? Annotator.Role.REVIEWER : Annotator.Role.ANNOTATOR,
                named.get("article"), defaults.locale(), defaults.background(), defaults.training(), null,
                defaults.memory());
        LOG.info(() -> "opening the workbench on " + location.toAbsolutePath());
        Workspace workspace;
        try {
            workspace = Workspace.open(location);
        } catch (StoreException e) {
            LOG.warning(() -> "workspace refused: " + e.getMessage());
            refusal = e;
            // Refused before any window exists, so no half-built workbench is ever shown.
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(messages.getString("workspace.cannotOpen"));
            if (named.containsKey("exit-when-shown")) {
                alert.setOnShown(event -> Platform.runLater(alert::close));
            }
            alert.showAndWait();
            Platform.exit();
            return;
        }
        WorkbenchWindow.open(stage, workspace, options).ifPresentOrElse(opened -> window = opened, Platform::exit);
        if (window != null && named.containsKey("exit-when-shown")) {
            exitAfterFirstPulse(stage.getScene());
        }
    }

    static Optional<StoreException> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The first pulse after showing lays the window out and renders it: from then on the user sees it. */
    private static void exitAfterFirstPulse(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println(SHOWN);
                Platform.exit();
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
