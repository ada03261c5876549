package app.hamish.ui.shell;

import app.hamish.model.ServerAddress;
import app.hamish.service.Workspace;
import app.hamish.store.WorkspaceOpenException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * File → Open team workspace…: the connection form in a dialog that connects in the background, in a {@link Task}
 * on a thread of its own, so the window stays responsive while a slow or unreachable server is tried. A progress
 * indicator shows the attempt; Cancel gives it up; a refusal is said in the form, naming the host and the user, and
 * the form stays for another try. A server that wants a password none of PostgreSQL's conventions gives is asked
 * for it once per attempt (decisions 0025, 0032).
 */
final class TeamWorkspaceDialog {
    private static final Logger LOG = Logger.getLogger(TeamWorkspaceDialog.class.getName());

    private final ConnectionForm form;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label attempting = new Label();
    private final Button ok;
    private final ResourceBundle messages;
    private final PasswordPrompt passwords;
    private final BiConsumer<ServerAddress, Workspace> opened;
    private Task<Workspace> attempt;
    /** Cancelled while an attempt was under way: what it still opens is closed, what it says is not shown. */
    private boolean abandoned;

    private TeamWorkspaceDialog(Window owner, ResourceBundle messages, PasswordPrompt passwords,
                                BiConsumer<ServerAddress, Workspace> opened) {
        this.messages = messages;
        this.passwords = passwords;
        this.opened = opened;
        form = new ConnectionForm(messages);
        progress.setId("server-connecting");
        progress.setPrefSize(24, 24);
        attempting.setId("server-attempt");
        HBox connecting = new HBox(8, progress, attempting);
        connecting.visibleProperty().bind(progress.visibleProperty());
        progress.setVisible(false);
        form.node().getChildren().add(connecting);
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("menu.openTeamWorkspace"));
        dialog.setHeaderText(messages.getString("server.formHeader"));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once connected: OK starts an attempt.
            event.consume();
            try {
                connect(form.address(), null);
            } catch (IllegalArgumentException e) {
                form.say(e.getMessage());
            }
        });
        dialog.setOnHidden(event -> abandoned = attempt != null && attempt.isRunning());
    }

    /** Shows the empty form; {@code opened} gets the server and its workspace once connected (on the FX thread). */
    static TeamWorkspaceDialog show(Window owner, ResourceBundle messages, PasswordPrompt passwords,
                                    BiConsumer<ServerAddress, Workspace> opened) {
        TeamWorkspaceDialog shown = new TeamWorkspaceDialog(owner, messages, passwords, opened);
        shown.dialog.show();
        return shown;
    }

    /** Shows the form filled with a server opened before, and connects to it at once. */
    static TeamWorkspaceDialog reconnect(Window owner, ResourceBundle messages, PasswordPrompt passwords,
                                         ServerAddress server, BiConsumer<ServerAddress, Workspace> opened) {
        TeamWorkspaceDialog shown = new TeamWorkspaceDialog(owner, messages, passwords, opened);
        shown.form.fill(server);
        shown.dialog.show();
        shown.connect(server, null);
        return shown;
    }

    private void connect(ServerAddress server, String password) {
        form.say("");
        attempting.setText(MessageFormat.format(messages.getString("server.connecting"),
                server.host() + ":" + server.port(), server.user()));
        busy(true);
        attempt = new Task<>() {
            @Override
            protected Workspace call() {
                return WorkspaceLocation.of(server).open(password);
            }
        };
        attempt.setOnSucceeded(event -> connected(server, attempt.getValue()));
        attempt.setOnFailed(event -> failed(server, password, attempt.getException()));
        // Not the background worker: an attempt hanging on a silent server must not hold imports or exports up.
        Thread.ofPlatform().daemon().name("hamish-connect").start(attempt);
    }

    private void connected(ServerAddress server, Workspace workspace) {
        if (abandoned) {
            workspace.close();
            return;
        }
        busy(false);
        dialog.close();
        opened.accept(server, workspace);
    }

    private void failed(ServerAddress server, String password, Throwable problem) {
        if (abandoned) {
            return;
        }
        busy(false);
        if (problem instanceof WorkspaceOpenException refused && refused.passwordNeeded() && password == null) {
            Optional<String> typed = passwords.ask(server);
            if (typed.isPresent()) {
                connect(server, typed.get());
                return;
            }
        }
        LOG.warning(() -> "team workspace refused: " + problem.getMessage());
        form.say(problem.getMessage());
    }

    private void busy(boolean connecting) {
        progress.setVisible(connecting);
        form.fields().setDisable(connecting);
        ok.setDisable(connecting);
    }

    /** Whether an attempt to connect is under way. */
    boolean connecting() {
        return progress.isVisible();
    }

    boolean showing() {
        return dialog.isShowing();
    }

    ConnectionForm form() {
        return form;
    }

    DialogPane pane() {
        return dialog.getDialogPane();
    }
}
