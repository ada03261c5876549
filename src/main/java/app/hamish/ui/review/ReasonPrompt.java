package app.hamish.ui.review;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks the user for a short text (a rejection reason, a comment for the annotator); behind an interface for tests. */
@FunctionalInterface
public interface ReasonPrompt {
    Optional<String> ask(String question);

    /**
     * A dialog with a text field: Enter confirms, Escape cancels, so it never needs the mouse. Confirmed empty, it
     * stays open and says {@code needed}: taken as a cancel, the step was dropped without a word.
     */
    static ReasonPrompt dialog(Window owner, String title, String needed) {
        return question -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(owner);
            dialog.setTitle(title);
            dialog.setHeaderText(question);
            Node confirm = dialog.getDialogPane().lookupButton(ButtonType.OK);
            confirm.addEventFilter(ActionEvent.ACTION, event -> {
                if (dialog.getEditor().getText().isBlank()) {
                    dialog.setHeaderText(question + "\n" + needed);
                    event.consume();
                }
            });
            return dialog.showAndWait().map(String::strip);
        };
    }
}
