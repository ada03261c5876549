package app.hamish.ui.shell;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import app.hamish.store.WorkspaceOpenException;
import app.hamish.ui.frame.AfterFrame;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
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
    /** How long closing waits for a workspace still opening (migrating, backing up) once the name is declined. */
    private static final Duration DECLINED_OPENING_WAIT = Duration.ofMinutes(1);
    /**
     * How long a start with a known name waits for its workspace before showing the start-up screen: the workspace
     * usually opens sooner, and a migration or backup of a large one takes longer, which a window should show.
     */
    static final javafx.util.Duration SCREEN_AFTER = javafx.util.Duration.millis(500);
    /**
     * The workbench asked for, given by the launcher before JavaFX starts or, when JavaFX was started ahead of the
     * command line's parsing, once it is parsed (decision 0060). Empty: the arguments were not the workbench's.
     */
    private static final CompletableFuture<Optional<Request>> REQUEST = new CompletableFuture<>();
    private WorkbenchWindow window;
    /** The interface's fonts, looked up beside the FX thread's start; null until {@link #init}. */
    private CompletableFuture<Void> fonts;

    /**
     * What the command line asks of the workbench.
     *
     * @param opening the workspace, opening since the arguments were parsed
     * @param annotator who annotates, or null to use the remembered name (or ask)
     * @param exitWhenShown quit once the first window is on screen, to measure start-up
     * @param rehearseKeys once the window is filled, press each of the analyst's and the reviewer's keys on a
     *                     workspace of the rehearsal's own, then quit: the AOT cache's training (decision 0074)
     * @param gone the workspace opened last, no longer there, which {@code location} stands in for; or null
     */
    record Request(WorkspaceLocation location, WorkspaceOpening opening, String annotator, boolean reviewer,
                   boolean exitWhenShown, boolean rehearseKeys, Path gone) {
    }

    /** Hands the workbench its request, or none: JavaFX then stops without showing a window. */
    static void request(Optional<Request> request) {
        REQUEST.complete(request);
    }

    /** Runs once the toolkit is up, before {@link #start} is called on the FX thread. */
    @Override
    public void init() {
        fonts = FontsAhead.start();
    }

    /** The fonts' lookup that {@link #init} started. */
    CompletableFuture<Void> fontsAhead() {
        return fonts;
    }

    @Override
    public void start(Stage stage) {
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        UncaughtErrors.installOnFxThread(DefaultWorkspace.logFile(), Messages.bundle(defaults.locale()));
        // Started ahead, JavaFX gets here while the main thread may still be parsing: nothing to draw meanwhile.
        Optional<Request> request = REQUEST.join();
        if (request.isEmpty()) {
            Platform.exit();
            return;
        }
        Request asked = request.get();
        WorkbenchWindow.Options options = new WorkbenchWindow.Options(asked.annotator(),
                asked.reviewer() ? Annotator.Role.REVIEWER : Annotator.Role.ANNOTATOR, null, defaults.locale(),
                defaults.background(), defaults.training(), null, defaults.memory());
        begin(stage, asked.location(), asked.opening(), options,
                PasswordPrompt.dialog(stage, Messages.bundle(defaults.locale())), asked.exitWhenShown(),
                opened -> {
                    window = opened;
                    if (asked.gone() != null) {
                        opened.note(MessageFormat.format(Messages.bundle(defaults.locale())
                                .getString("status.workspaceGone"), asked.gone(), asked.location()));
                    }
                    if (asked.rehearseKeys()) {
                        KeyRehearsal.after(opened, System.out);
                    }
                });
    }

    /**
     * Opens the workspace in the background and shows the workbench once it is open. Where the name is known (given or
     * remembered, on a file), the workbench itself is the first window, unless the workspace takes longer than
     * {@link #SCREEN_AFTER} to open, when the start-up screen is shown meanwhile; otherwise the start-up screen shows at
     * once and the name is asked over it (decision 0054).
     *
     * @param passwords asked when a server wants a password that neither PGPASSWORD nor ~/.pgpass gives
     * @param exitWhenShown quit once the workbench (or the dialog refusing the workspace, or the name question) is
     *                      on screen
     * @param opened told of the workbench once it is open
     */
    static void begin(Stage stage, WorkspaceLocation location, WorkbenchWindow.Options options,
                      PasswordPrompt passwords, boolean exitWhenShown, Consumer<WorkbenchWindow> opened) {
        // Opening checks the file and its schema: done on its own thread it keeps the FX thread, which draws the
        // start-up screen and asks the name meanwhile, free.
        begin(stage, location, WorkspaceOpening.startAlone(location), options, passwords, exitWhenShown, opened);
    }

    /**
     * As {@link #begin(Stage, WorkspaceLocation, WorkbenchWindow.Options, PasswordPrompt, boolean, Consumer)}, on a
     * workspace whose opening has already started.
     */
    static void begin(Stage stage, WorkspaceLocation location, WorkspaceOpening opening,
                      WorkbenchWindow.Options options, PasswordPrompt passwords, boolean exitWhenShown,
                      Consumer<WorkbenchWindow> opened) {
        ResourceBundle messages = Messages.bundle(options.locale());
        LOG.info(() -> "opening the workbench on " + location);
        PauseTransition screenIfLate = new PauseTransition(SCREEN_AFTER);
        Consumer<Optional<String>> workbench = name -> opening.opened().whenComplete((workspace, failure) ->
                // In the FX queue, not in the future's callback, so that an unexpected failure reaches the FX
                // thread's handler (told and logged) rather than being kept in the future.
                Platform.runLater(() -> {
                    screenIfLate.stop();
                    Workspace open;
                    try {
                        open = failure == null ? workspace : askedPasswordAfter(failure, location, passwords);
                    } catch (StoreException e) {
                        refuse(stage, e, messages, exitWhenShown);
                        return;
                    }
                    Optional<WorkbenchWindow> window = WorkbenchWindow.open(stage, open,
                            name.map(options::withAnnotator).orElse(options));
                    window.ifPresent(shown -> options.memory().openedWorkspace(location));
                    window.ifPresentOrElse(opened, Platform::exit);
                    if (window.isPresent() && exitWhenShown) {
                        afterFirstPulse(stage.getScene(), Platform::exit);
                    }
                }));
        Optional<String> known = location.isServer() ? Optional.empty()
                : Optional.ofNullable(options.annotator()).or(() -> new AnnotatorChoice().remembered());
        if (known.isPresent()) {
            // The scene and the controls' first costs are paid while the workspace opens, and no frame of a screen
            // the analyst cannot use is drawn and waited for before the workbench's own.
            StartupScreen.prepare(stage, location, messages);
            screenIfLate.setOnFinished(event -> stage.show());
            screenIfLate.play();
            workbench.accept(known);
            return;
        }
        StartupScreen.show(stage, location, messages, () -> {
            // On a fresh machine the name question is the first window the analyst acts on: it is what
            // --exit-when-shown waits for there, and it waits neither for the workspace nor for the sample
            // articles' import.
            Optional<String> name = location.isServer() ? Optional.empty()
                    : new AnnotatorChoice().chooseOrAsk(messages, dialog -> {
                        if (exitWhenShown) {
                            afterFirstPulse(dialog.getDialogPane().getScene(), dialog::close);
                        }
                    });
            if (!location.isServer() && name.isEmpty()) {
                decline(opening);
                Platform.exit();
                return;
            }
            workbench.accept(name);
        });
    }

    /**
     * Closes the workspace no name (or no screen) was given for, waiting for its opening a bounded time: the process
     * ends next, and ending it in the middle of a migration or backup would leave the workspace for the next start to
     * recover. The FX thread draws nothing meanwhile, but the application is closing.
     */
    static void decline(WorkspaceOpening opening) {
        try {
            if (!opening.decline(DECLINED_OPENING_WAIT)) {
                LOG.warning(() -> "the workspace was still opening after " + DECLINED_OPENING_WAIT.toSeconds()
                        + " s; closing without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A server that wants a password none of PostgreSQL's conventions gives is asked for it once; any other
     * failure to open is thrown as it was.
     */
    private static Workspace askedPasswordAfter(Throwable failure, WorkspaceLocation location,
                                                PasswordPrompt passwords) {
        if (failure instanceof WorkspaceOpenException e && e.passwordNeeded()) {
            return location.open(passwords.ask(location.server()).orElseThrow(() -> e));
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
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
        AfterFrame.inItsPulse(scene, new SayShown(then));
    }

    /**
     * Says the window is shown, then ends with {@code then}. A class, not a lambda: the cache's training never
     * exits when shown, and a lambda it has not met is generated at the start's first frame, which the timers
     * measure, where a class is only read from the jar (decision 0088).
     */
    private record SayShown(Runnable then) implements Runnable {
        @Override
        public void run() {
            System.out.println(SHOWN);
            Platform.runLater(then);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
