package app.hamish.ui.shell;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import app.hamish.store.WorkspaceOpenException;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
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
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        UncaughtErrors.installOnFxThread(DefaultWorkspace.logFile(), Messages.bundle(defaults.locale()));
        WorkbenchWindow.Options options = new WorkbenchWindow.Options(named.get("annotator"),
                named.containsKey("reviewer") ? Annotator.Role.REVIEWER : Annotator.Role.ANNOTATOR,
                named.get("article"), defaults.locale(), defaults.background(), defaults.training(), null,
                defaults.memory());
        begin(stage, WorkspaceLocation.parse(named.get("workspace")), options,
                PasswordPrompt.dialog(stage, Messages.bundle(defaults.locale())), named.containsKey("exit-when-shown"),
                opened -> window = opened);
    }

    /**
     * Shows the start-up screen at once, then opens the workspace and the workbench in it.
     *
     * @param passwords asked when a server wants a password that neither PGPASSWORD nor ~/.pgpass gives
     * @param exitWhenShown quit once the workbench (or the dialog refusing the workspace) is on screen
     * @param opened told of the workbench once it is open
     */
    static void begin(Stage stage, WorkspaceLocation location, WorkbenchWindow.Options options,
                      PasswordPrompt passwords, boolean exitWhenShown, Consumer<WorkbenchWindow> opened) {
        ResourceBundle messages = Messages.bundle(options.locale());
        LOG.info(() -> "opening the workbench on " + location);
        StartupScreen.show(stage, location, messages, () -> {
            Workspace workspace;
            try {
                workspace = open(location, passwords);
            } catch (StoreException e) {
                refuse(stage, e, messages, exitWhenShown);
                return;
            }
            // On a fresh machine the name question is the first window the analyst acts on: it is what
            // --exit-when-shown waits for there, and it does not wait for the sample articles' import.
            Optional<String> name = location.isServer() ? Optional.empty() : Optional.ofNullable(options.annotator())
                    .or(() -> new AnnotatorChoice().chooseOrAsk(messages, dialog -> {
                        if (exitWhenShown) {
                            afterFirstPulse(dialog.getDialogPane().getScene(), dialog::close);
                        }
                    }));
            if (!location.isServer() && name.isEmpty()) {
                workspace.close();
                Platform.exit();
                return;
            }
            Optional<WorkbenchWindow> window = WorkbenchWindow.open(stage, workspace,
                    name.map(options::withAnnotator).orElse(options));
            window.ifPresent(shown -> options.memory().openedWorkspace(location));
            window.ifPresentOrElse(opened, Platform::exit);
            if (window.isPresent() && exitWhenShown) {
                afterFirstPulse(stage.getScene(), Platform::exit);
            }
        });
    }

    /** A server that wants a password none of PostgreSQL's conventions gives is asked for it once. */
    static Workspace open(WorkspaceLocation location, PasswordPrompt passwords) {
        try {
            return location.open(null);
        } catch (WorkspaceOpenException e) {
            if (!e.passwordNeeded()) {
                throw e;
            }
            return location.open(passwords.ask(location.server()).orElseThrow(() -> e));
        }
    }

    private static void refuse(Stage stage, StoreException e, ResourceBundle messages, boolean exitWhenShown) {
        LOG.warning(() -> "workspace refused: " + e.getMessage());
        refusal = e;
        // No half-built workbench is ever shown: the start-up screen goes, the reason stays until read.
        stage.hide();
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setHeaderText(messages.getString("workspace.cannotOpen"));
        if (exitWhenShown) {
            alert.setOnShown(event -> Platform.runLater(alert::close));
        }
        alert.showAndWait();
        Platform.exit();
    }

    static Optional<StoreException> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The first pulse after showing lays the window out and renders it: from then on the user sees it, and
     * {@code --exit-when-shown} says so and ends with {@code then}.
     */
    private static void afterFirstPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println(SHOWN);
                Platform.runLater(then);
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
