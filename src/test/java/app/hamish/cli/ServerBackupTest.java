package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.io.formats.Formats;
import app.hamish.service.CueLexicons;
import app.hamish.service.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup FILE --workspace URL}: a server workspace written as a workspace file that opens offline. */
class ServerBackupTest {
    private static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";
    /** Every table whose rows carry a stable id, and that id's column. */
    private static final List<String> UUIDS = List.of("annotators", "annotations", "audit_log");

    @TempDir
    Path folder;
    private StoreBackend.Place server;
    private String address;

    /** Two layers of one article at different stages of review, a relation, a rejected suggestion. */
    @BeforeEach
    void reviewWorkOnTheServer() {
        server = StoreBackend.POSTGRESQL.newPlace(folder);
        address = "postgresql://" + PgServer.HOST + ":" + PgServer.shared().port() + "/" + server.server().database()
                + "?user=" + PgServer.SUPERUSER;
        try (Workspace workspace = server.workspace()) {
            List<Article> articles = workspace.corpus().importArticles(List.of(
                    new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{\"source\":\"وكالة\"}"),
                    new NewArticle("a2", "t2", "a2.txt", ArticleText.of("خبر آخر عن دمشق"), "{}"))).imported();
            Article article = articles.getFirst();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator hadi = workspace.annotations().annotator("hadi", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            var lexicon = CueLexicons.load(List.of());
            workspace.suggestions(lexicon).reject(workspace.suggestions(lexicon).offered(article).getFirst(), article,
                    hadi);
            Annotation person = create(workspace, article, mona, "علي مملوك", Label.ENTITY);
            Annotation source = create(workspace, article, mona, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
            Annotation claim = create(workspace, article, mona, "زار القاهرة سرا", Label.CLAIM);
            workspace.annotations().link(claim.id(), source.id(), Relation.ATTRIBUTED_TO, mona);
            Annotation wrong = create(workspace, article, mona, "القاهرة", Label.ENTITY);
            workspace.annotations().delete(wrong, mona);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            workspace.review().decide(person.id(), samir, ReviewStatus.ACCEPTED, "", null);
            workspace.review().decide(claim.id(), samir, ReviewStatus.ACCEPTED, "", null);
            workspace.review().decide(source.id(), samir, ReviewStatus.REJECTED, "مصدر مجهول", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
            create(workspace, article, hadi, "القاهرة", Label.ENTITY);
        }
    }

    private static Annotation create(Workspace workspace, Article article, Annotator who, String text, String label) {
        int at = TEXT.indexOf(text);
        return workspace.annotations().create(new NewAnnotation(article.id(), who.id(), new Span(at, at + text.length()),
                label, null, "", Provenance.MANUAL));
    }

    @Test
    void theBackupOpensOfflineAndExportsExactlyWhatTheServerExports() throws Exception {
        Path backup = folder.resolve("team.db");
        CommandLineTest.Run run = hamish("backup", "--workspace", address, backup.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.list(folder)).containsExactly(backup);

        for (String format : Formats.names()) {
            for (String which : List.of("--all", "--gold")) {
                assertThat(exported(backup.toString(), format, which))
                        .as(format + " " + which).isEqualTo(exported(address, format, which));
            }
        }
        assertThat(audit(backup.toString())).isEqualTo(audit(address)).contains("مصدر مجهول");
        assertThat(hamish("stats", "--workspace", backup.toString()).out())
                .isEqualTo(hamish("stats", "--workspace", address).out());
        // The server's search index is not copied: the file's own is filled after, and find reads the articles
        // meanwhile (decision 0038).
        for (String query : List.of("مملوك", "دمشق")) {
            assertThat(hamish("find", "--workspace", backup.toString(), query).out()).as(query)
                    .isEqualTo(hamish("find", "--workspace", address, query).out()).isNotBlank();
        }

        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Connection team = PgServer.shared().connect(server.server().database())) {
            for (String table : UUIDS) {
                assertThat(column(file, "SELECT id, uuid FROM " + table + " ORDER BY id")).as(table)
                        .isNotEmpty().isEqualTo(column(team, "SELECT id, uuid FROM " + table + " ORDER BY id"));
            }
            assertThat(column(file, "SELECT value FROM workspace_info WHERE key = 'workspace_id'"))
                    .isEqualTo(column(team, "SELECT value FROM workspace_info WHERE key = 'workspace_id'"));
            try (Statement statement = file.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
                        .hasMessageContaining("append-only");
            }
        }
        try (Workspace offline = Workspace.open(backup)) {
            assertThat(offline.corpus().count()).isEqualTo(2);
            assertThat(offline.suggestions(CueLexicons.load(List.of())).offered(offline.corpus().article("a1")
                    .orElseThrow())).hasSize(suggestionsOnTheServer());
        }
    }

    private int suggestionsOnTheServer() {
        try (Workspace workspace = server.workspace()) {
            return workspace.suggestions(CueLexicons.load(List.of())).offered(workspace.corpus().article("a1")
                    .orElseThrow()).size();
        }
    }

    /**
     * Copied table by table outside one snapshot, a backup would hold annotations of one moment and the audit log of
     * a later one; every commit here keeps the two in step, so any backup that is one moment does too.
     */
    @Test
    void aBackupTakenWhileAnotherClientWritesIsOneMomentOfTheWorkspace() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int commits = 0;
            try (Workspace workspace = server.workspace()) {
                Article article = workspace.corpus().article("a2").orElseThrow();
                Annotator rami = workspace.annotations().annotator("rami", Annotator.Role.ANNOTATOR);
                while (!done.get()) {
                    for (int start = 0; start < 3 && !done.get(); start++) {
                        Annotation made = workspace.annotations().create(new NewAnnotation(article.id(), rami.id(),
                                new Span(start, start + 3), Label.ENTITY, null, "", Provenance.MANUAL));
                        workspace.annotations().delete(made, rami);
                        commits += 2;
                    }
                }
            }
            return commits;
        });
        List<Path> backups = new ArrayList<>();
        try (Workspace workspace = server.workspace()) {
            for (int i = 0; i < 6; i++) {
                Path backup = folder.resolve("moment-" + i + ".db");
                workspace.backupTo(backup, false);
                backups.add(backup);
            }
        } finally {
            done.set(true);
        }
        assertThat(writer.get(60, TimeUnit.SECONDS)).isPositive();
        for (Path backup : backups) {
            try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                assertThat(column(file, "SELECT count(*) FROM annotations WHERE annotator_id <> 0")).as(backup.toString()).isEqualTo(column(
                        file, "SELECT (SELECT count(*) FROM audit_log WHERE action = 'created')"
                                + " - (SELECT count(*) FROM audit_log WHERE action = 'deleted')"));
            }
        }
    }

    @Test
    void anExistingFileIsLeftAsItIsUnlessReplacingIsAskedFor() throws Exception {
        Path backup = folder.resolve("team.db");
        Files.writeString(backup, "yesterday's notes");

        CommandLineTest.Run refused = hamish("backup", "--workspace", address, backup.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains(backup.toString()).contains("exists already");
        assertThat(Files.readString(backup)).isEqualTo("yesterday's notes");
        assertThat(Files.list(folder)).containsExactly(backup);

        CommandLineTest.Run replaced = hamish("backup", "--replace", "--workspace", address, backup.toString());
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(hamish("stats", "--workspace", backup.toString()).out()).contains("articles\t2");
    }

    @Test
    void restoringABackupOntoAServerIsRefusedSayingWhy() {
        CommandLineTest.Run run = hamish("restore-backup", "--workspace", address, "--force");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("server workspace").contains("pg_restore").contains("Nothing was changed");
        assertThat(hamish("stats", "--workspace", address).out()).contains("articles\t2");
    }

    private byte[] exported(String workspace, String format, String which) throws Exception {
        Path out = Files.createTempFile(folder.getParent(), "export", "." + format);
        Files.delete(out);
        CommandLineTest.Run run = hamish("export", "--workspace", workspace, "--format", format, which, "--out",
                out.toString());
        if (run.exitCode() != 0) {
            return run.err().replace(workspace, "WORKSPACE").getBytes();
        }
        try {
            return withoutZipTimes(Files.readAllBytes(out));
        } finally {
            Files.delete(out);
        }
    }

    /** A zip (brat) stamps each entry with the time it was written; the entries' names and bytes are the export. */
    private static byte[] withoutZipTimes(byte[] exported) throws Exception {
        if (exported.length < 2 || exported[0] != 'P' || exported[1] != 'K') {
            return exported;
        }
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exported))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.write((entry.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                zip.transferTo(entries);
            }
        }
        return entries.toByteArray();
    }

    private String audit(String workspace) throws Exception {
        Path out = Files.createTempFile(folder.getParent(), "audit", ".csv");
        try {
            assertThat(hamish("audit", "--workspace", workspace, "--out", out.toString()).exitCode()).isZero();
            return Files.readString(out);
        } finally {
            Files.delete(out);
        }
    }

    private static List<String> column(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(rows.getString(i)).append('|');
                }
                values.add(row.toString());
            }
        }
        return values;
    }
}
