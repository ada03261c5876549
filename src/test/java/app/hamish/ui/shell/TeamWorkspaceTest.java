package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.model.ServerAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open team workspace…: the connection form, and the workbench moving onto the server it names. */
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
    void theWorkbenchMovesOntoTheTeamWorkspaceOrStaysWhereItWasIfItCannotBeOpened() throws Exception {
        WorkbenchWindow local = WorkbenchHarness.open(folder.resolve("local.db"), null, 1200, 800);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerAddress unreachable = new ServerAddress(PgServer.HOST, closedPort, "team", "mona", Map.of());
        assertThat(HeadlessFx.call(() -> local.openTeamWorkspace(unreachable, server -> Optional.empty())))
                .isEmpty();
        HeadlessFx.run(() -> {
            assertThat(local.stage().isShowing()).as("the local workbench stays").isTrue();
            assertThat(local.statusText()).contains(PgServer.HOST + ":" + closedPort + " as mona");
        });

        ServerAddress team = new ServerAddress(PgServer.HOST, PgServer.shared().port(),
                PgServer.shared().newDatabase(), PgServer.SUPERUSER, Map.of());
        WorkbenchWindow onServer = HeadlessFx.call(() -> local.openTeamWorkspace(team, server -> Optional.empty()))
                .orElseThrow();
        try {
            HeadlessFx.run(() -> {
                assertThat(local.stage().isShowing()).isFalse();
                assertThat(onServer.stage().isShowing()).isTrue();
                assertThat(onServer.workspace().location().toString()).contains(team.database());
            });
            assertThat(HeadlessFx.call(() -> onServer.session().article())).as("its first article open").isNotNull();
        } finally {
            HeadlessFx.run(onServer::close);
        }
    }
}
