package app.hamish.ui.shell;

import app.hamish.store.StoreException;
import app.hamish.store.UncopiedChangesException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Tells the user that closing the workspace failed, as the workbench exits: the log alone is read by nobody, and
 * changes left only in the WAL are lost if the user deletes it as clutter. Texts carry their own line breaks (JavaFX's
 * wrapping breaks Arabic, decision 0005); paths and SQLite's reason are left to right in either language.
 */
final class CloseFailure {
    private CloseFailure() {
    }

    static Alert alert(StoreException failure, ResourceBundle messages) {
        VBox content = new VBox(8);
        if (failure instanceof UncopiedChangesException uncopied) {
            content.getChildren().addAll(label("close-uncopied", MessageFormat.format(
                            messages.getString("close.uncopied"), uncopied.workspace().getFileName())),
                    path(uncopied.wal().toAbsolutePath().toString()), leftToRight(label("close-reason",
                            "(" + uncopied.reason() + ")")),
                    label("close-keep", messages.getString("close.keep")));
        } else {
            content.getChildren().addAll(label("close-failed", messages.getString("close.failed")),
                    leftToRight(label("close-reason", failure.getMessage())));
        }
        return Messages.alert(Alert.AlertType.WARNING, messages, "close.header", content);
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    private static TextField path(String path) {
        TextField field = new TextField(path);
        field.setId("close-wal");
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(20, path.length()));
        field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return field;
    }

    private static Label leftToRight(Label label) {
        label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return label;
    }
}
