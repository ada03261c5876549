package app.hamish.ui.review;

import java.util.Optional;

/** Asks the user for a short text (a rejection reason, a comment for the annotator); behind an interface for tests. */
@FunctionalInterface
public interface ReasonPrompt {
    Optional<String> ask(String question);

    /** A dialog with a text field: Enter confirms, Escape cancels, so it never needs the mouse. */
    static ReasonPrompt dialog(javafx.stage.Window owner, String title) {
        return question -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
            dialog.initOwner(owner);
            dialog.setTitle(title);
            dialog.setHeaderText(question);
            return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
        };
    }
}
