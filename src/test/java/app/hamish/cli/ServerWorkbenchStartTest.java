package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.PgServer;
import app.hamish.cli.MainProcess.Run;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench started on a server workspace that cannot be opened, as a user starts it: a real process, a
 * headless display. It exits 3 with one sentence naming host and user, as the commands do.
 */
class ServerWorkbenchStartTest {
    @TempDir
    Path folder;

    @Test
    void anUnreachableServerExitsWithCodeThreeNamingHostAndUser() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run run = workbench(Map.of(), "postgresql://" + PgServer.HOST + ":" + closedPort + "/team?user=mona");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.verdict()).contains(PgServer.HOST + ":" + closedPort + " as mona")
                .contains("cannot be reached");
    }

    @Test
    void aWrongPasswordExitsWithCodeThreeNamingHostAndUserAndNotThePassword() throws Exception {
        String database = PgServer.shared().newDatabase();
        try (Connection admin = PgServer.shared().connect(database); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE live_start_mona LOGIN PASSWORD 'right'");
        }
        Run run = workbench(Map.of("PGPASSWORD", "wrong-Kalima"), "postgresql://" + PgServer.HOST + ":"
                + PgServer.shared().port() + "/" + database + "?user=live_start_mona");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.verdict()).contains(" as live_start_mona: the server refused the password");
        assertThat(run.output()).doesNotContain("wrong-Kalima");
    }

    private Run workbench(Map<String, String> environment, String address) throws IOException,
            InterruptedException {
        return MainProcess.run(folder, MainProcess.HEADLESS_FX, env -> {
            env.remove("PGPASSWORD");
            env.put("HOME", folder.resolve("home").toString());
            env.put("LANG", "C.UTF-8");
            env.putAll(environment);
        }, "--workspace", address, "--annotator", "mona", "--exit-when-shown");
    }
}
