package app.hamish.ui.shell;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * What happens to an exception nobody caught on the JavaFX thread: its trace goes to the log, and the user is told
 * where the log is and that nothing was lost (every change was committed the moment it was made, so there is
 * nothing to save). The window stays open and usable.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UncaughtErrors.class.getName());

    /** How the user is told; {@code closed} runs once they have read it. */
    interface Notice {
        void show(Runnable closed);
    }

    private final Notice notice;
    private boolean showing;

    UncaughtErrors(Notice notice) {
        this.notice = notice;
    }

    /** Installs the handler on the calling thread, which must be the JavaFX thread, telling the user in a dialog. */
    static void installOnFxThread(Path logFile, ResourceBundle messages) {
        Thread.currentThread().setUncaughtExceptionHandler(new UncaughtErrors(closed ->
                // Never showAndWait: the error may come from a layout or animation pulse, where a nested event
                // loop is refused, and a blocking dialog would hang headless runs.
                Platform.runLater(() -> {
                    Alert alert = dialog(logFile, messages);
                    alert.setOnHidden(event -> closed.run());
                    alert.show();
                })));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught on " + thread.getName() + "; please report it with this trace", error);
        // One message at a time: an error repeated on every pulse must not bury the window under dialogs.
        if (!showing) {
            showing = true;
            notice.show(() -> showing = false);
        }
    }

    /**
     * The texts are unwrapped, as JavaFX's wrapping of Arabic can throw (decision 0005), and carry their own line
     * breaks; the log's path is a field of its own, left to right in either language, so it can be copied whole.
     */
    static Alert dialog(Path logFile, ResourceBundle messages) {
        TextField path = new TextField(logFile.toAbsolutePath().toString());
        path.setId("error-log-path");
        path.setEditable(false);
        path.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        Label text = new Label(messages.getString("error.text"));
        text.setId("error-text");
        VBox content = new VBox(8, text, path, new Label(messages.getString("error.report")));
        return Messages.alert(Alert.AlertType.ERROR, messages, "error.header", content);
    }
}
