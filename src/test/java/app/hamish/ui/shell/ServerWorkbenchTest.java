package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.PgServer;
import app.hamish.model.Annotator;
import app.hamish.model.ServerAddress;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench on a server workspace, started as the application starts it, with a password asked for. */
class ServerWorkbenchTest {
    private static final String PASSWORD = "Kalima-Sirr-7319";

    @TempDir
    Path folder;

    @Test
    void aServerAskingForAPasswordGetsItFromThePromptAndItIsKeptNowhere() throws Exception {
        String database = PgServer.shared().newDatabase();
        try (Connection admin = PgServer.shared().connect(database); Statement statement = admin.createStatement()) {
            // The database's owner and admin, who sets the team's workspace up on first open (decision 0024).
            statement.execute("CREATE ROLE live_prompt_layla LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
            statement.execute("ALTER DATABASE " + database + " OWNER TO live_prompt_layla");
            statement.execute("ALTER SCHEMA public OWNER TO live_prompt_layla");
        }
        ServerAddress server = new ServerAddress(PgServer.HOST, PgServer.shared().port(), database,
                "live_prompt_layla", Map.of());
        Path log = folder.resolve("hamish.log");
        Handler logged = LogFile.install(log);
        Preferences preferences = new MemoryPreferences();
        List<ServerAddress> asked = new ArrayList<>();
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        HeadlessFx.start();
        try {
            HeadlessFx.run(() -> WorkbenchApp.begin(new Stage(), WorkspaceLocation.of(server),
                    new WorkbenchWindow.Options("layla", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH,
                            BackgroundWork.synchronous(), BackgroundWork.synchronous(), question -> Optional.empty(),
                            SessionMemory.in(preferences)), address -> {
                        asked.add(address);
                        return Optional.of(PASSWORD);
                    }, false, opened::set));
            // The start-up screen is drawn first; the workspace opens, and the first article fills, after it.
            while (HeadlessFx.call(() -> opened.get() == null || opened.get().session().article() == null)) {
                Thread.onSpinWait();
            }
            assertThat(asked).containsExactly(server);
            assertThat(HeadlessFx.call(() -> opened.get().workspace().location().toString())).contains(database);
        } finally {
            if (opened.get() != null) {
                HeadlessFx.run(opened.get()::close);
            }
            Logger.getLogger("").removeHandler(logged);
            logged.close();
        }
        ByteArrayOutputStream remembered = new ByteArrayOutputStream();
        preferences.exportSubtree(remembered);
        assertThat(remembered.toString()).as("the preferences").contains("lastArticle").doesNotContain(PASSWORD);
        assertThat(SessionMemory.in(preferences).recentWorkspaces()).as("among the recent workspaces, by address")
                .containsExactly(WorkspaceLocation.of(server));
        assertThat(remembered.toString()).contains(server.url());
        assertThat(Files.readString(log)).as("the log").contains("opening the workbench on " + server)
                .doesNotContain(PASSWORD);
    }
}
