package app.hamish.ui.shell;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The keyboard reference (F1). */
final class Shortcuts {
    private Shortcuts() {
    }

    static void show(Window owner, ResourceBundle messages) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setHeaderText(messages.getString("menu.shortcuts"));
        TextArea table = new TextArea(messages.getString("shortcuts.text"));
        table.setEditable(false);
        table.setPrefRowCount(16);
        alert.getDialogPane().setContent(table);
        alert.show();
    }
}
