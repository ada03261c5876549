package app.hamish.ui.shell;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;

/** The user-facing strings, from {@code messages.properties} (English) or {@code messages_ar.properties}. */
public final class Messages {
    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        // English is the base bundle; without NO_FALLBACK an Arabic default locale would leak into English.
        return ResourceBundle.getBundle("app.hamish.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** An alert titled with the application's name, laid out right to left in the Arabic interface. */
    static Alert alert(Alert.AlertType type, ResourceBundle messages, String headerKey, Node content) {
        Alert alert = new Alert(type);
        alert.setTitle(messages.getString("app.title"));
        alert.setHeaderText(messages.getString(headerKey));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setNodeOrientation(messages.getLocale().getLanguage().equals("ar")
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        return alert;
    }
}
