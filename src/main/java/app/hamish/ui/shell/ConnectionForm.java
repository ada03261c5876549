package app.hamish.ui.shell;

import app.hamish.model.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The fields of "Open team workspace…" ({@link TeamWorkspaceDialog}): where the team's workspace is (host, port,
 * database), who connects (user) and how the connection is protected (sslmode). There is no password field: the
 * password comes from PGPASSWORD or ~/.pgpass, or is asked for when the server wants it, and is never saved.
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
    private final GridPane grid = new GridPane(10, 8);
    private final VBox root;
    /** Options of a server filled in that the form has no field for (sslrootcert...), kept for its address. */
    private Map<String, String> otherOptions = Map.of();

    ConnectionForm(ResourceBundle messages) {
        sslmode.getItems().addAll(SSL_MODES);
        sslmode.setValue(SSL_MODES[0]);
        sslmode.setId("server-sslmode");
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
        StringBuilder options = new StringBuilder();
        otherOptions.forEach((key, value) -> options.append('&').append(key).append('=').append(encode(value)));
        String text = ServerAddress.SCHEME + "://" + host.getText().strip() + ":" + port.getText().strip() + "/"
                + encode(database.getText().strip()) + "?user=" + encode(user.getText().strip()) + "&sslmode="
                + encode(sslmode.getValue()) + options;
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

    /** Fills the form with a server opened before, keeping the options it has no field for. */
    void fill(ServerAddress server) {
        Map<String, String> others = new LinkedHashMap<>(server.options());
        String mode = others.remove("sslmode");
        fill(server.host(), server.port(), server.database(), server.user(), mode == null ? SSL_MODES[0] : mode);
        otherOptions = Map.copyOf(others);
    }

    /** Says what is wrong ("" for nothing), under the fields. */
    void say(String text) {
        problem.setText(text);
    }

    /** The fields, to be kept still while a connection is tried. */
    Node fields() {
        return grid;
    }

    /** Fills the form, for tests and for an address given before. */
    void fill(String hostName, int portNumber, String databaseName, String userName, String mode) {
        host.setText(hostName);
        port.setText(String.valueOf(portNumber));
        database.setText(databaseName);
        user.setText(userName);
        sslmode.setValue(mode);
    }
}
