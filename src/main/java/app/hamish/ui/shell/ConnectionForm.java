package app.hamish.ui.shell;

import app.hamish.model.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Open team workspace…": where the team's workspace is (host, port, database), who connects (user) and how the
 * connection is protected (sslmode). There is no password field: the password comes from PGPASSWORD or ~/.pgpass,
 * or is asked for when the server wants it, and is never saved.
 */
final class ConnectionForm {
    /** PostgreSQL's TLS modes, the safest last; "prefer" is the driver's own default. */
    private static final String[] SSL_MODES = {"prefer", "disable", "require", "verify-ca", "verify-full"};

    private final TextField host = field("server-host", "localhost");
    private final TextField port = field("server-port", String.valueOf(ServerAddress.DEFAULT_PORT));
    private final TextField database = field("server-database", "");
    private final TextField user = field("server-user", System.getProperty("user.name"));
    private final ComboBox<String> sslmode = new ComboBox<>();
    private final Label problem = new Label();
    private final VBox root;

    ConnectionForm(ResourceBundle messages) {
        sslmode.getItems().addAll(SSL_MODES);
        sslmode.setValue(SSL_MODES[0]);
        sslmode.setId("server-sslmode");
        GridPane grid = new GridPane(10, 8);
        String[] labels = {"server.host", "server.port", "server.database", "server.user", "server.sslmode"};
        Node[] fields = {host, port, database, user, sslmode};
        for (int row = 0; row < labels.length; row++) {
            grid.addRow(row, new Label(messages.getString(labels[row])), fields[row]);
        }
        problem.setId("server-problem");
        problem.getStyleClass().add("connection-lost");
        // Lines are broken in the messages themselves: JavaFX's own wrapping garbles Arabic (decision 0005).
        Label hint = new Label(messages.getString("server.passwordHint"));
        root = new VBox(10, grid, hint, problem);
        root.setPadding(new Insets(4));
        root.setNodeOrientation(messages.getLocale().getLanguage().equals("ar") ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        // Host names, users and databases are Latin: typed left to right in an Arabic interface too.
        field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        field.setPrefColumnCount(22);
        return field;
    }

    VBox node() {
        return root;
    }

    /**
     * The address the form names.
     *
     * @throws IllegalArgumentException saying what is missing or wrong
     */
    ServerAddress address() {
        String text = ServerAddress.SCHEME + "://" + host.getText().strip() + ":" + port.getText().strip() + "/"
                + encode(database.getText().strip()) + "?user=" + encode(user.getText().strip()) + "&sslmode="
                + encode(sslmode.getValue());
        if (host.getText().isBlank() || database.getText().isBlank() || user.getText().isBlank()
                || !port.getText().strip().matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException(text + " is not complete:\ngive a host, a port (a number), a"
                    + " database and a user");
        }
        return ServerAddress.parse(text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Fills the form, for tests and for an address given before. */
    void fill(String hostName, int portNumber, String databaseName, String userName, String mode) {
        host.setText(hostName);
        port.setText(String.valueOf(portNumber));
        database.setText(databaseName);
        user.setText(userName);
        sslmode.setValue(mode);
    }

    /** The form in a dialog; OK answers only once the form names a server. Empty when cancelled. */
    static Optional<ServerAddress> ask(Window owner, ResourceBundle messages) {
        ConnectionForm form = new ConnectionForm(messages);
        Dialog<ServerAddress> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("menu.openTeamWorkspace"));
        dialog.setHeaderText(messages.getString("server.formHeader"));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                form.address();
            } catch (IllegalArgumentException e) {
                form.problem.setText(e.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.address() : null);
        return dialog.showAndWait();
    }
}
