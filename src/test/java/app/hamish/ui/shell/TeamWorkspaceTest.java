package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.model.ServerAddress;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Open team workspace… and Open Recent: the connection form, connecting in the background with progress and
 * Cancel, and the workbench moving onto the server it names (decision 0032).
 */
class TeamWorkspaceTest {
    @TempDir
    Path folder;

    @Test
    void theFormNamesTheServerWithItsTlsModeAndSaysWhatIsMissing() {
        HeadlessFx.start();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.of("ar")}) {
            ConnectionForm form = HeadlessFx.call(() -> new ConnectionForm(Messages.bundle(locale)));
            HeadlessFx.run(() -> form.fill("db.newsroom.example", 5433, "hamish team", "mona", "verify-full"));
            assertThat(HeadlessFx.call(form::address)).isEqualTo(new ServerAddress("db.newsroom.example", 5433,
                    "hamish team", "mona", Map.of("sslmode", "verify-full")));
            Path png = WindowPng.write(HeadlessFx.call(() -> {
                StackPane pane = new StackPane(form.node());
                pane.setStyle("-fx-padding: 12; -fx-background-color: white;");
                Stage stage = new Stage();
                stage.setScene(new Scene(pane));
                stage.show();
                return stage.getScene();
            }), "connection-form-" + locale.getLanguage());
            assertThat(png).isRegularFile();
        }
        ConnectionForm form = HeadlessFx.call(() -> new ConnectionForm(Messages.bundle(Locale.ENGLISH)));
        HeadlessFx.run(() -> form.fill("db.newsroom.example", 5432, "", "mona", "prefer"));
        assertThatThrownBy(() -> HeadlessFx.call(form::address)).hasMessageContaining("give a host, a port");
    }

    @Test
    void connectingToASilentServerLeavesTheWindowFreeShowsProgressAndCancelGivesItUp() throws Exception {
        HeadlessFx.start();
        AtomicReference<Workspace> opened = new AtomicReference<>();
        // A server that takes the connection and never answers, as one overloaded or behind a broken network would.
        try (ServerSocket silent = new ServerSocket(0); HeldConnections held = new HeldConnections(silent)) {
            TeamWorkspaceDialog dialog = HeadlessFx.call(() -> TeamWorkspaceDialog.show(null,
                    Messages.bundle(Locale.ENGLISH), server -> Optional.empty(),
                    (server, workspace) -> opened.set(workspace)));
            HeadlessFx.run(() -> {
                dialog.form().fill(PgServer.HOST, silent.getLocalPort(), "team", "mona", "disable");
                button(dialog, ButtonType.OK).fire();
            });
            held.awaitOne();
            long started = System.nanoTime();
            for (int turn = 0; turn < 20; turn++) {
                assertThat(HeadlessFx.call(dialog::connecting)).as("still trying").isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("twenty turns of the FX thread")
                    .isLessThan(Duration.ofSeconds(2));
            HeadlessFx.run(() -> {
                assertThat(dialog.pane().lookup("#server-connecting").isVisible()).as("the progress").isTrue();
                assertThat(((Label) dialog.pane().lookup("#server-attempt")).getText())
                        .contains(PgServer.HOST + ":" + silent.getLocalPort()).contains("mona");
                assertThat(button(dialog, ButtonType.OK).isDisabled()).isTrue();
                assertThat(WindowPng.write(dialog.pane().getScene(), "connecting")).isRegularFile();
                button(dialog, ButtonType.CANCEL).fire();
            });
            assertThat(HeadlessFx.call(dialog::showing)).as("cancelled at once").isFalse();
        }
        HeadlessFx.settle();
        assertThat(opened.get()).isNull();
    }

    @Test
    void anUnreachableServerIsSaidInTheFormAndTheWorkbenchMovesOntoOneThatAnswersAndRemembersIt() throws Exception {
        Preferences preferences = new MemoryPreferences();
        WorkbenchWindow local = WorkbenchHarness.open(folder.resolve("local.db"), null, SessionMemory.in(preferences));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AtomicReference<Optional<WorkbenchWindow>> moved = new AtomicReference<>();
        TeamWorkspaceDialog dialog = HeadlessFx.call(() -> TeamWorkspaceDialog.show(local.stage(),
                Messages.bundle(Locale.ENGLISH), server -> Optional.empty(),
                (server, team) -> moved.set(local.moveTo(WorkspaceLocation.of(server), team))));
        HeadlessFx.run(() -> {
            dialog.form().fill(PgServer.HOST, closedPort, "team", "mona", "prefer");
            button(dialog, ButtonType.OK).fire();
        });
        while (HeadlessFx.call(dialog::connecting)) {
            Thread.onSpinWait();
        }
        HeadlessFx.run(() -> {
            assertThat(dialog.showing()).as("the form stays for another try").isTrue();
            assertThat(((Label) dialog.pane().lookup("#server-problem")).getText())
                    .contains(PgServer.HOST + ":" + closedPort + " as mona");
            assertThat(local.stage().isShowing()).as("the local workbench stays").isTrue();
        });

        ServerAddress team = new ServerAddress(PgServer.HOST, PgServer.shared().port(),
                PgServer.shared().newDatabase(), PgServer.SUPERUSER, Map.of("sslmode", "disable"));
        HeadlessFx.run(() -> {
            dialog.form().fill(team);
            button(dialog, ButtonType.OK).fire();
        });
        while (HeadlessFx.call(() -> moved.get() == null)) {
            Thread.onSpinWait();
        }
        WorkbenchWindow onServer = moved.get().orElseThrow();
        try {
            HeadlessFx.run(() -> {
                assertThat(dialog.showing()).isFalse();
                assertThat(local.stage().isShowing()).isFalse();
                assertThat(onServer.stage().isShowing()).isTrue();
                assertThat(onServer.workspace().location().toString()).contains(team.database());
            });
            assertThat(SessionMemory.in(preferences).recentWorkspaces()).as("remembered with its user and TLS mode")
                    .containsExactly(WorkspaceLocation.of(team));
        } finally {
            HeadlessFx.run(onServer::close);
        }
    }

    @Test
    void openRecentListsTeamServersByAddressWithTheUserAndFilesAndOpensTheOneChosen() {
        Preferences preferences = new MemoryPreferences();
        SessionMemory memory = SessionMemory.in(preferences);
        ServerAddress team = new ServerAddress("db.newsroom.example", 5433, "team", "mona",
                Map.of("sslmode", "verify-full"));
        Path other = folder.resolve("other.db");
        Workspace.open(other).close();
        memory.openedWorkspace(WorkspaceLocation.of(team));
        memory.openedWorkspace(WorkspaceLocation.of(other));
        WorkbenchWindow local = WorkbenchHarness.open(folder.resolve("local.db"), null, memory);

        MenuItem chosen = HeadlessFx.call(() -> {
            Menu recent = recentMenu(local);
            assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(
                    other.toAbsolutePath().toString(),
                    "postgresql://db.newsroom.example:5433/team?user=mona&sslmode=verify-full");
            return recent.getItems().getFirst();
        });
        List<Window> before = HeadlessFx.call(() -> List.copyOf(Window.getWindows()));
        HeadlessFx.run(chosen::fire);
        HeadlessFx.settle();
        Stage moved = HeadlessFx.call(() -> {
            assertThat(local.stage().isShowing()).as("replaced").isFalse();
            return Window.getWindows().stream().filter(window -> window.isShowing() && !before.contains(window))
                    .map(Stage.class::cast).findFirst().orElseThrow();
        });
        assertThat(memory.lastWorkspace()).as("its first article open").contains(other.toAbsolutePath());
        HeadlessFx.run(() -> moved.fireEvent(new WindowEvent(moved, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(HeadlessFx.call(moved::isShowing)).isFalse();
    }

    private static Menu recentMenu(WorkbenchWindow window) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menu-bar");
        return bar.getMenus().getFirst().getItems().stream().filter(item -> "open-recent".equals(item.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    private static Button button(TeamWorkspaceDialog dialog, ButtonType type) {
        return (Button) dialog.pane().lookupButton(type);
    }

    /** Takes connections and holds them unanswered until closed. */
    private static final class HeldConnections implements AutoCloseable {
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread accepting;

        HeldConnections(ServerSocket server) {
            accepting = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        held.add(server.accept());
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
        }

        void awaitOne() {
            while (held.isEmpty()) {
                Thread.onSpinWait();
            }
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : held) {
                socket.close();
            }
            accepting.interrupt();
        }
    }
}
