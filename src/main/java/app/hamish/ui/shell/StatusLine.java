package app.hamish.ui.shell;

import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.SaveState;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.util.Subscription;
import org.controlsfx.control.StatusBar;

/** The bottom line: whether everything is saved, the latest hint, and the progress of background work. */
public final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final Label saved = new Label();
    private final Button cancel;
    private Task<?> running;
    private final Subscription hintShown;

    StatusLine(ArticleSession article, String annotator, ResourceBundle messages) {
        bar.setId("status-line");
        bar.setText("");
        hintShown = article.hintProperty().subscribe(bar::setText);
        saved.setId("save-state");
        saved.textProperty().bind(Bindings.createStringBinding(() -> messages.getString(
                article.saveStateProperty().get() == SaveState.SAVED ? "status.saved"
                        : "status.notSaved"), article.saveStateProperty()));
        cancel = new Button(messages.getString("status.cancel"));
        cancel.setVisible(false);
        cancel.setOnAction(event -> {
            if (running != null) {
                running.cancel();
            }
        });
        Label who = new Label(annotator);
        who.setId("status-annotator");
        who.getStyleClass().add("status-annotator");
        // The status bar puts its message straight after its left items: the separator keeps "mona" apart from it.
        bar.getLeftItems().addAll(who, new Separator(Orientation.VERTICAL));
        bar.getRightItems().addAll(cancel, saved);
    }

    StatusBar node() {
        return bar;
    }

    /** @param cancellable whether the work can stop without leaving anything half done; only then is Cancel shown */
    public void track(Task<?> task, String what, boolean cancellable) {
        running = task;
        bar.setText(what);
        bar.progressProperty().bind(task.progressProperty());
        cancel.setVisible(cancellable);
    }

    /** The work has reached the point where stopping would leave it half done: no more Cancel. */
    public void uncancellable() {
        cancel.setVisible(false);
    }

    public void finished(String message) {
        running = null;
        bar.progressProperty().unbind();
        bar.setProgress(0);
        cancel.setVisible(false);
        bar.setText(message);
    }

    /** A message that does not end the background work being tracked (its progress stays). */
    void note(String message) {
        bar.setText(message);
    }

    String text() {
        return bar.getText();
    }

    /** The status line is replaced (the language changed); the session it showed lives on. */
    void dispose() {
        hintShown.unsubscribe();
    }
}
