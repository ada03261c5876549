package app.hamish.ui.shell;

import app.hamish.model.ServerAddress;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the password of a server that wants one when neither PGPASSWORD nor ~/.pgpass gives it. What is typed
 * goes only to the connection: never to the preferences, the log or the address.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /** The password typed, or empty when the user cancelled. */
    Optional<String> ask(ServerAddress server);

    static PasswordPrompt dialog(Window owner, ResourceBundle messages) {
        return server -> {
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(messages.getString("app.title"));
            dialog.setHeaderText(MessageFormat.format(messages.getString("server.passwordFor"), server.user(),
                    server.host() + ":" + server.port() + "/" + server.database()));
            PasswordField password = new PasswordField();
            password.setId("server-password");
            dialog.getDialogPane().setContent(new VBox(6, new Label(messages.getString("server.password")),
                    password));
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setOnShown(event -> password.requestFocus());
            dialog.setResultConverter(button -> button == ButtonType.OK ? password.getText() : null);
            return dialog.showAndWait();
        };
    }
}
