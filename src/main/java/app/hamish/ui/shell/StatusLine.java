package app.hamish.ui.shell;

import app.hamish.ui.article.LineBreaks;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.SaveState;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.controlsfx.control.StatusBar;

/** The bottom line: whether everything is saved, the latest hint, and the progress of background work. */
public final class StatusLine {
    /** The bar's padding and the gaps around its message. */
    private static final double MESSAGE_MARGIN = 40;
    /** The bar's padding above and below its message, with room for the separators' ends. */
    private static final double MESSAGE_PADDING = 12;
    private final StatusBar bar = new StatusBar();
    private final Label saved = new Label();
    /** Shown while the connection to a server workspace is lost. */
    private final Label offline = new Label();
    private final Button cancel;
    private Task<?> running;
    /** What the status line says, as said: before it is broken into lines. */
    private String message = "";
    private final Subscription hintShown;

    StatusLine(ArticleSession article, String annotator, ObservableBooleanValue connectionLost,
               ResourceBundle messages) {
        bar.setId("status-line");
        show("");
        hintShown = article.hintProperty().subscribe(this::show).and(bar.widthProperty().subscribe(width -> show(
                message)));
        saved.setId("save-state");
        saved.textProperty().bind(Bindings.createStringBinding(() -> messages.getString(
                saveStateKey(article.saveStateProperty().get())), article.saveStateProperty()));
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
        offline.setId("connection-lost");
        offline.getStyleClass().add("connection-lost");
        offline.setText(messages.getString("status.offline"));
        offline.visibleProperty().bind(connectionLost);
        offline.managedProperty().bind(connectionLost);
        bar.getRightItems().addAll(cancel, offline, asWideAsSavingOrSaved(saved, messages));
    }

    private static String saveStateKey(SaveState state) {
        return switch (state) {
            case SAVED -> "status.saved";
            case SAVING -> "status.saving";
            case FAILED -> "status.notSaved";
        };
    }

    /**
     * The save state in a place as wide as the wider of "saving" and "saved", its text at the line's end. Each key
     * turns it to saving and back to saved: with the label's width following its text, the items beside it would move
     * and the renderer would repaint the whole strip twice a key (decision 0092), not just the label. The two texts
     * are laid out unseen beside it, in the same style, only to give the place its width; a failure, rare and to be
     * noticed, may widen it.
     */
    private static StackPane asWideAsSavingOrSaved(Label shown, ResourceBundle messages) {
        StackPane place = new StackPane(shown);
        place.setAlignment(Pos.BASELINE_RIGHT);
        for (SaveState state : List.of(SaveState.SAVED, SaveState.SAVING)) {
            Label unseen = new Label(messages.getString(saveStateKey(state)));
            unseen.setVisible(false);
            place.getChildren().add(unseen);
        }
        return place;
    }

    StatusBar node() {
        return bar;
    }

    /** @param cancellable whether the work can stop without leaving anything half done; only then is Cancel shown */
    public void track(Task<?> task, String what, boolean cancellable) {
        running = task;
        show(what);
        bar.progressProperty().bind(task.progressProperty());
        cancel.setVisible(cancellable);
    }

    /** Cancels the work tracked if Cancel is offered for it: the window is closing. */
    public void cancelTracked() {
        if (running != null && cancel.isVisible()) {
            running.cancel();
        }
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
        show(message);
    }

    /** A message that does not end the background work being tracked (its progress stays). */
    void note(String message) {
        show(message);
    }

    String text() {
        return message;
    }

    /**
     * Shows a message whole: one too long for the line is broken into lines here, at spaces, since JavaFX's own
     * wrapping garbles Arabic (decision 0005); never inside a bidi isolate, whose break would end it and let the
     * quoted Arabic draw the offsets after it reversed.
     */
    private void show(String text) {
        message = text == null ? "" : text;
        // Every item laid out takes its room: Cancel, hidden between tasks, still keeps its place.
        double available = bar.getWidth() - MESSAGE_MARGIN - bar.getLeftItems().stream().mapToDouble(
                node -> node.prefWidth(-1)).sum() - bar.getRightItems().stream().filter(Node::isManaged)
                .mapToDouble(node -> node.prefWidth(-1)).sum();
        if (available <= 0) {
            bar.setText(message);
            return;
        }
        Font font = bar.lookup(".status-label") instanceof Label label ? label.getFont() : Font.getDefault();
        LineBreaks.Result lines = LineBreaks.breakLines(unbreakableIsolates(message), available,
                words -> measured(words, font).getWidth());
        bar.setText(lines.display());
        // The bar's style fixes its height to one line's; it grows for more.
        bar.setMinHeight(lines.lines() == 1 ? Region.USE_COMPUTED_SIZE
                : lines.lines() * measured("X", font).getHeight() + MESSAGE_PADDING);
    }

    private static javafx.geometry.Bounds measured(String words, Font font) {
        Text text = new Text(words);
        text.setFont(font);
        return text.getLayoutBounds();
    }

    /** Spaces inside bidi isolates (U+2066 to U+2069) made no-break spaces, which look the same. */
    private static String unbreakableIsolates(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c >= '\u2066' && c <= '\u2068') {
                depth++;
            } else if (c == '\u2069' && depth > 0) {
                depth--;
            }
            kept.append(c == ' ' && depth > 0 ? '\u00a0' : c);
        }
        return kept.toString();
    }

    /** The status line is replaced (the language changed); the session it showed lives on. */
    void dispose() {
        hintShown.unsubscribe();
    }
}
