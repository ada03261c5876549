package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.ui.frame.OnUnsubscribe;
import app.hamish.ui.review.ReviewPane;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The open article's annotation table and the note of the selected annotation. */
public final class AnnotationPane {
    private final VBox root;
    private final Subscription subscriptions;

    public AnnotationPane(AnnotateViewModel model, ArticleView view, Function<Long, String> annotatorName,
                   ReviewPane review, ResourceBundle messages) {
        AnnotationTable table = new AnnotationTable(model, view, annotatorName, messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField note = new TextField();
        note.setId("annotation-note");
        note.setPromptText(messages.getString("annotations.notePrompt"));
        note.disableProperty().bind(model.session().selectedProperty().isNull());
        // Given only a text it does not show: the field replaced its content, moved its caret and was laid out and
        // drawn again for the same empty note on nearly every key (decision 0067).
        Subscription noteShown = model.session().selectedProperty().subscribe(now -> {
            String shown = now == null ? "" : now.note();
            if (!shown.equals(note.getText())) {
                note.setText(shown);
            }
        });
        // Commit on Enter or when the field loses focus: a note is never left half-saved.
        note.setOnAction(event -> {
            model.setNote(note.getText());
            view.requestFocus();
        });
        note.focusedProperty().addListener((property, was, is) -> {
            Annotation selected = model.session().selectedProperty().get();
            if (!is && selected != null) {
                model.setNote(note.getText());
            }
        });
        root = new VBox(6, new Label(messages.getString("annotations.title")), table,
                new Label(messages.getString("annotations.note")), note, review.node());
        root.setPadding(new Insets(8));
        subscriptions = noteShown.and(OnUnsubscribe.run(table::dispose));
    }

    /** The pane is replaced (the language changed); the session it showed lives on. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    public VBox node() {
        return root;
    }
}
