package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.PgServer;
import app.hamish.TestFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ServerAddress;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    }

    private static ServerAddress server(String database) {
        return new ServerAddress(PgServer.HOST, PgServer.shared().port(), database, PgServer.SUPERUSER, Map.of());
    }

    /** A workspace file made offline: article a1, and in mona's layer a claim on علي مملوك. */
    private static Annotation offlineClaim(Path file) {
        try (Workspace local = Workspace.open(file)) {
            Article article = local.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt",
                    ArticleText.of("قالت المصادر إن علي مملوك زار القاهرة"), "{}"))).imported().getFirst();
            Annotator mona = local.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            return local.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(16, 29),
                    Label.CLAIM, null, "", Provenance.MANUAL));
        }
    }

    private static CommandLineTest.Run push(Path file, String url, String... options) {
        List<String> arguments = new ArrayList<>(List.of("push", file.toString(), "--workspace", url));
        arguments.addAll(List.of(options));
        return hamish(arguments.toArray(String[]::new));
    }

    /** The server's one annotation of a1 has the span, and its layer is in the state. */
    private static void serverHolds(String database, Span span, WorkflowState state) {
        try (Workspace onServer = Workspace.open(server(database))) {
            Article article = onServer.corpus().article("a1").orElseThrow();
            assertThat(onServer.annotations().ofArticle(article.id())).singleElement()
                    .satisfies(annotation -> assertThat(annotation.span()).isEqualTo(span));
            assertThat(onServer.review().layers(article.id())).singleElement()
                    .satisfies(layer -> assertThat(layer.state()).isEqualTo(state));
        }
    }

    @Test
    void pushBringsAFileIntoTheServerByMergesRulesAndLaterChangesAfterIt() throws Exception {
        String database = PgServer.shared().newDatabase();
        String url = address(database, PgServer.SUPERUSER);
        Path file = folder.resolve("offline.db");
        Annotation claim = offlineClaim(file);
        String fileBefore = TestFiles.digest(file);

        CommandLineTest.Run pushed = push(file, url, "--as", "lead");
        assertThat(pushed.exitCode()).as(pushed.err()).isZero();
        assertThat(pushed.out()).contains("Merged " + file + ": 1 article(s)").contains("1 annotation(s)");
        assertThat(TestFiles.digest(file)).isEqualTo(fileBefore);
        assertThat(push(file, url).out()).contains("Nothing new in " + file);
        serverHolds(database, new Span(16, 29), WorkflowState.IN_PROGRESS);

        try (Workspace local = Workspace.open(file)) {
            Annotator mona = local.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            local.annotations().update(new Annotation(claim.id(), claim.articleId(), claim.annotatorId(),
                    new Span(16, 37), claim.label(), null, "", claim.provenance(), claim.created(), claim.updated(),
                    claim.version()), mona);
            local.review().transition(claim.articleId(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        }
        CommandLineTest.Run later = push(file, url);
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).contains("later changes to 1 annotation(s), 0 decision(s), 1 review state(s)");
        serverHolds(database, new Span(16, 37), WorkflowState.SUBMITTED);
    }

    @Test
    void aDeletionInAPushedFileTravelsToTheServerAndTheServerCopyDoesNotComeBack() throws Exception {
        String database = PgServer.shared().newDatabase();
        String url = address(database, PgServer.SUPERUSER);
        Path file = folder.resolve("offline.db");
        Annotation claim = offlineClaim(file);
        assertThat(push(file, url, "--as", "lead").exitCode()).isZero();
        try (Workspace local = Workspace.open(file)) {
            local.annotations().delete(local.annotations().ofArticle(claim.articleId()).getFirst(),
                    local.annotations().annotator("mona", Annotator.Role.ANNOTATOR));
        }

        CommandLineTest.Run deleted = push(file, url);
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("later changes to 1 annotation(s)").doesNotContain("Conflict");
        try (Workspace onServer = Workspace.open(server(database))) {
            assertThat(onServer.annotations().ofArticle(onServer.corpus().article("a1").orElseThrow().id()))
                    .isEmpty();
        }
        assertThat(push(file, url).out()).contains("Nothing new in " + file);
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedAndTheServerIsLeftAsItWas() throws Exception {
        String database = PgServer.shared().newDatabase();
        String url = address(database, PgServer.SUPERUSER);
        assertThat(hamish("import", "--workspace", url, "seeds").exitCode()).isZero();
        Path notes = Files.writeString(folder.resolve("notes.db"), "not a workspace");
        String before = auditAndAnnotators(database);

        CommandLineTest.Run refused = hamish("push", notes.toString(), "--workspace", url);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains(notes.toString()).contains("nothing was merged");
        assertThat(auditAndAnnotators(database)).isEqualTo(before);

        CommandLineTest.Run toAFile = hamish("push", notes.toString(), "--workspace",
                folder.resolve("w.db").toString());
        assertThat(toAFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(toAFile.err()).contains("push brings a file into a server workspace");
    }

    private static String auditAndAnnotators(String database) throws Exception {
        try (Connection admin = PgServer.shared().connect(database); Statement statement = admin.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "SELECT (SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM annotators)")) {
            rows.next();
            return rows.getString(1);
        }
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
                address(database, "mona"))).directory(folder.toFile()).redirectErrorStream(true);
        wrong.environment().put("PGPASSWORD", "wrong");
        Process process = wrong.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(output).contains("as mona: the server refused the password").doesNotContain("wrong");
    }
}
