package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit writes each page it changed into the WAL and then, at its checkpoint, into the main file: a new
 * annotation goes into its table, the index by article and place, the index of uuids and the audit log, and nowhere
 * else (decisions 0042, 0089); a layer's first annotation also writes the layer's state, kept in the b-tree of its
 * key (decision 0052). A workspace of the version before each change keeps every row and uuid as it migrates.
 */
class LighterCommitsTest {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    @TempDir
    Path folder;

    @Test
    void aNewAnnotationChangesOnePageOfEachOfItsTablesAndIndexes() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.addArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}"))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            store.addAnnotation(annotation(article, mona, 0, 3));
            store.addAnnotation(annotation(article, mona, 4, 11));
            // A small workspace's tables and indexes are one page each: the pages are the b-trees written.
            assertThat(framesOfLastCommit(file)).isEqualTo(4);
        }
    }

    @Test
    void aLayersFirstAnnotationWritesTheLayersStateIntoOnePage() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            List<Article> articles = store.addArticles(List.of(
                    new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"),
                    new NewArticle("a2", "t", "a2.txt", ArticleText.of(TEXT + " أيضا"), "{}"))).imported();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            startWithAnAnnotation(store, articles.get(0), mona);
            startWithAnAnnotation(store, articles.get(1), mona);
            // The four pages of an annotation, and the state's row and key in one b-tree: no rowid, no index beside.
            assertThat(framesOfLastCommit(file)).isEqualTo(5);
        }
    }

    @Test
    void aWorkspaceBeforeLayerStatesByKeyKeepsEveryStateAndStartsALayerInOnePageFewer() throws Exception {
        Path file = workspaceBefore("layer_states_by_key", "INSERT INTO article_states (article_id, annotator_id,"
                + " state, comment, updated_at, version, changed_at, changed_by) VALUES"
                + " (7, 4, 'submitted', 'done', 5, 3, 6, 4), (7, 3, 'returned', 'see the claim', 8, 2, 9, 4)");
        List<String> statesBefore = rows(file, "SELECT * FROM article_states ORDER BY article_id, annotator_id");

        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.article(7).orElseThrow();
            startWithAnAnnotation(store, article, store.annotator("lina", Annotator.Role.ANNOTATOR));
            assertThat(framesOfLastCommit(file)).isEqualTo(5);
        }

        assertThat(rows(file, "SELECT * FROM article_states WHERE annotator_id IN (3, 4)"
                + " ORDER BY article_id, annotator_id")).isEqualTo(statesBefore);
        assertThat(rows(file, "SELECT name FROM sqlite_schema WHERE tbl_name = 'article_states'"))
                .containsExactly("article_states");
    }

    @Test
    void aWorkspaceOfTheVersionBeforeLighterCommitsKeepsEveryRowAndUuidAndLosesTheIndexesNoQueryNeeds()
            throws Exception {
        Path file = workspaceBefore("lighter_commits", "INSERT INTO annotations (id, article_id, annotator_id,"
                + " start_cp, end_cp, label_id, subtype, note, provenance, created_at, updated_at, uuid) VALUES"
                + " (11, 7, 3, 15, 34, 2, NULL, 'n', 'manual', 1, 2, '0190aaaa00007000800000000000000b'),"
                + " (12, 7, 3, 26, 33, 1, 'location', '', 'manual', 1, 2, 'f3b1c0de9a8b4c2d8e7f6a5b4c3d2e1f')",
                "INSERT INTO audit_log (uuid, at, actor_id, action, article_id, annotation_uuid, details) VALUES"
                + " ('e1', 1, 3, 'created', 7, '0190aaaa00007000800000000000000b', 'CLAIM'),"
                + " ('e2', 1, 3, 'created', 7, 'f3b1c0de9a8b4c2d8e7f6a5b4c3d2e1f', 'ENTITY')");
        List<String> annotationsBefore = rows(file, "SELECT * FROM annotations ORDER BY id");
        List<String> auditBefore = rows(file, "SELECT * FROM audit_log ORDER BY id");

        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            assertThat(store.annotations(7)).hasSize(2);
        }

        assertThat(rows(file, "PRAGMA user_version")).containsExactly(String.valueOf(Migrations.latestVersion()));
        assertThat(rows(file, "SELECT * FROM annotations ORDER BY id")).isEqualTo(annotationsBefore);
        assertThat(rows(file, "SELECT * FROM audit_log ORDER BY id")).isEqualTo(auditBefore);
        assertThat(rows(file, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN"
                + " ('annotations', 'audit_log') AND sql IS NOT NULL ORDER BY name"))
                .containsExactly("annotations_by_article", "annotations_by_uuid", "gold_spans_are_distinct");
        assertThat(rows(file, "SELECT name FROM pragma_index_info('annotations_by_article') ORDER BY seqno"))
                .containsExactly("article_id", "start_cp", "end_cp", "id", "annotator_id");
    }

    @Test
    void aWorkspaceBeforeTheAuditLogByIdAloneKeepsEveryEntryAndTheLogStaysAppendOnly() throws Exception {
        Path file = workspaceBefore("audit_log_by_id_alone", "INSERT INTO audit_log (id, uuid, at, actor_id, action,"
                + " article_id, annotation_uuid, details) VALUES"
                + " (5, '0190aaaa00007000800000000000000b', 1, 3, 'created', 7, 'a1', 'CLAIM [15,34)'),"
                + " (9, 'f3b1c0de9a8b4c2d8e7f6a5b4c3d2e1f', 2, 4, 'submitted', 7, NULL, 'layer of mona')");
        List<String> auditBefore = rows(file, "SELECT * FROM audit_log ORDER BY id");

        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.article(7).orElseThrow();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            store.addAnnotation(annotation(article, mona, 0, 3));
            store.addAnnotation(annotation(article, mona, 4, 11));
            assertThat(framesOfLastCommit(file)).isEqualTo(4);
        }

        List<String> audit = rows(file, "SELECT * FROM audit_log ORDER BY id");
        assertThat(audit).hasSize(4).startsWith(auditBefore.toArray(String[]::new));
        assertThat(audit.get(2)).startsWith("10|");
        assertThat(rows(file, "SELECT name FROM sqlite_schema WHERE tbl_name = 'audit_log' ORDER BY name"))
                .containsExactly("audit_log", "audit_log_is_append_only_delete", "audit_log_is_append_only_update");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE audit_log SET details = '' WHERE id = 5"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_log WHERE id = 9"))
                    .hasMessageContaining("append-only");
        }
        assertThat(rows(file, "SELECT * FROM audit_log ORDER BY id")).isEqualTo(audit);
    }

    /** A workspace file of the version before migration {@code migration}, with what {@code statements} add. */
    private Path workspaceBefore(String migration, String... statements) throws SQLException {
        return OldVersionWorkspace.write(folder.resolve("before-" + migration + ".db"),
                Migrations.versionOf(migration) - 1, statements);
    }

    /** A layer's first annotation as the service commits it: the layer starts, in the annotation's transaction. */
    private static void startWithAnAnnotation(SqliteWorkspaceStore store, Article article, Annotator annotator) {
        store.atomicallyIn(Set.of(article.id()), () -> {
            store.transition(article.id(), annotator.id(), WorkflowTransition.START, annotator.id(), "");
            return store.addAnnotation(annotation(article, annotator, 0, 3));
        });
    }

    private static NewAnnotation annotation(Article article, Annotator annotator, int start, int end) {
        return new NewAnnotation(article.id(), annotator.id(), new Span(start, end), Label.CLAIM, null, "",
                Provenance.MANUAL);
    }

    /**
     * The frames the WAL holds after a commit and its checkpoint: the checkpoint copied them all, so the next commit
     * starts the WAL again, and what is there is the last commit's pages. Read from the wal-index header's mxFrame
     * (sqlite.org/walformat.html), in the machine's byte order.
     */
    private static int framesOfLastCommit(Path file) throws Exception {
        byte[] shm = Files.readAllBytes(file.resolveSibling(file.getFileName() + "-shm"));
        return ByteBuffer.wrap(shm).order(ByteOrder.nativeOrder()).getInt(16);
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
