package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's plain-SQLite limit does the workspace's writes under the workspace's durability rules. */
class SqliteBaselineTest {
    @TempDir
    Path folder;

    @Test
    void eachCommitReachesTheMainFileAsAWorkspaceCommitDoes() throws Exception {
        Path file = folder.resolve("limit.db");
        try (SqliteBaseline baseline = SqliteBaseline.create(file)) {
            baseline.fillAnnotations(500, Instant.now());
            baseline.commitAnnotation(new NewAnnotation(1, 1, new Span(3, 9), Label.ENTITY, "person", "",
                    Provenance.MANUAL), Instant.now());

            // Only the main file, as a workspace's is after each commit: the WAL was checkpointed into it.
            Path mainFileAlone = Files.copy(file, folder.resolve("copy.db"));
            assertThat(count(mainFileAlone, "annotations")).isEqualTo(501);
            assertThat(Files.readAllBytes(mainFileAlone)[18]).as("WAL mode, in the file header").isEqualTo((byte) 2);
        }
    }

    @Test
    void articlesGoInInOneTransactionAndGrowingStopsAtTheSizeAsked() throws Exception {
        Path file = folder.resolve("limit.db");
        try (SqliteBaseline baseline = SqliteBaseline.create(file)) {
            List<NewArticle> articles = List.of(
                    new NewArticle("a", "", "a.txt", ArticleText.of("قالت مصادر مطلعة"), "{}"),
                    new NewArticle("b", "", "b.txt", ArticleText.of("زار القاهرة"), "{}"));
            assertThat(baseline.insertArticles(articles, Instant.now())).isPositive();
            baseline.fillAnnotations(20, Instant.now());
            baseline.fillAnnotations(20, Instant.now());
        }
        assertThat(count(file, "articles")).isEqualTo(2);
        assertThat(count(file, "annotations")).isEqualTo(20);
    }

    @Test
    void theExportsLimitReadsEveryRowAnExportReadsAndWritesTheirBytesBesideAnOpenWorkspace() throws Exception {
        String text = "قالت مصادر مطلعة 😀 إن وفدا زار القاهرة";
        try (SqliteWorkspaceStore workspace = SqliteWorkspaceStore.open(folder.resolve("w.db"))) {
            long articleId = workspace.addArticles(List.of(new NewArticle("a", "title", "a.txt", ArticleText.of(text),
                    "{}"))).imported().getFirst().id();
            long annotator = workspace.annotator("mona", app.hamish.model.Annotator.Role.ANNOTATOR).id();
            workspace.addAnnotation(new NewAnnotation(articleId, annotator, new Span(0, 4), Label.CLAIM, null,
                    "a note", Provenance.MANUAL));

            long[] limit = SqliteBaseline.readAndWriteExportRows(workspace.location(), folder.resolve("rows.bin"));

            assertThat(limit[0]).isPositive();
            assertThat(limit[1]).as("the text, the title, the note and the other columns")
                    .isGreaterThan(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "a note".length());
            assertThat(folder.resolve("rows.bin")).doesNotExist();
        }
    }

    private static long count(Path file, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
