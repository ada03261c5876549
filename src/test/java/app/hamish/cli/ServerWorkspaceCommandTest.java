package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.PgServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a workspace named by a server address, against the test run's real PostgreSQL server. */
class ServerWorkspaceCommandTest {
    @TempDir
    Path folder;

    private static String address(String database, String user) {
        return "postgresql://" + PgServer.HOST + ":" + PgServer.shared().port() + "/" + database + "?user=" + user;
    }

    @Test
    void importStatsAndExportWorkOnAServerWorkspace() throws Exception {
        String workspace = address(PgServer.shared().newDatabase(), PgServer.SUPERUSER);
        CommandLineTest.Run imported = hamish("import", "--workspace", workspace, "seeds");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 5 article(s)");
        assertThat(hamish("--workspace", workspace, "import", "seeds").out()).contains("Imported 0 article(s)");

        CommandLineTest.Run stats = hamish("stats", "--workspace", workspace);
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("articles\t5");

        Path jsonl = folder.resolve("all.jsonl");
        CommandLineTest.Run exported = hamish("export", "--workspace", workspace, "--format", "jsonl", "--all",
                "--out", jsonl.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(5);

        CommandLineTest.Run merge = hamish("merge", "--workspace", workspace, folder.resolve("other.db").toString());
        assertThat(merge.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(merge.err()).contains("not supported on a server workspace yet");
    }

    @Test
    void aMistypedAddressIsAUsageErrorSayingWhatIsWrong() {
        String server = PgServer.HOST + ":5432";
        for (var typo : List.of(
                List.of("postgres://" + server + "/team", "not a server address"),
                List.of("postgresql:/" + server + "/team", "not a server address"),
                List.of("postgresql://" + server + "/", "names no database"),
                List.of("postgresql://" + server + "/team?usr=mona", "Unknown option 'usr'"),
                List.of("postgresql://mona:secret@" + server + "/team", "PGPASSWORD or ~/.pgpass"))) {
            CommandLineTest.Run run = hamish("stats", "--workspace", typo.get(0));
            assertThat(run.exitCode()).as(typo.get(0)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(typo.get(0)).contains(typo.get(1));
        }
    }

    @Test
    void anUnreachableServerOrARefusedLoginIsOneSentenceNamingHostAndUser() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CommandLineTest.Run unreachable = hamish("stats", "--workspace",
                "postgresql://" + PgServer.HOST + ":" + closedPort + "/team?user=mona");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(unreachable.err()).contains(PgServer.HOST + ":" + closedPort + " as mona")
                .contains("cannot be reached").hasLineCount(1);

        String database = PgServer.shared().newDatabase();
        try (Connection admin = PgServer.shared().connect(database); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE mona LOGIN PASSWORD 'right'");
        }
        CommandLineTest.Run noPassword = hamish("stats", "--workspace", address(database, "mona"));
        assertThat(noPassword.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(noPassword.err()).contains(" as mona: ").contains("password").hasLineCount(1);

        ProcessBuilder wrong = new ProcessBuilder(JavaProcess.command(Main.class, "stats", "--workspace",
                address(database, "mona"))).redirectErrorStream(true);
        wrong.environment().put("PGPASSWORD", "wrong");
        Process process = wrong.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(output).contains("as mona: the server refused the password").doesNotContain("wrong");
    }
}
