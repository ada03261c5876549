package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace written (or edited) by another program: rows no import would take are refused on open, unchanged,
 * naming table, row and reason; version 4's typed CHECKs stop such rows being written at all; and SQLite runs with
 * the hardening every workspace connection gets.
 */
class ForeignWrittenWorkspaceTest {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    @TempDir
    Path folder;

    private Path workspaceWithOneAnnotation() {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.addArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}"))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            store.addAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(26, 33), Label.ENTITY,
                    "location", "", Provenance.MANUAL));
        }
        return file;
    }

    private static void edit(Path file, String... statements) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void anAnnotationPastItsTextIsRefusedOnOpenNamingTheRowAndTheFileIsUnchanged() throws Exception {
        Path file = workspaceWithOneAnnotation();
        edit(file, "UPDATE annotations SET start_cp = 999990, end_cp = 1000000");
        assertRefusedAsDamaged(file, "table annotations, row 1: span [999990,1000000) runs past the end");
    }

    /**
     * Earlier versions imported a NUL from a JSON text, and SQLite's {@code length()} stops at it: the workspace was
     * then refused as damaged, with the analyst's work in it, though its spans lay inside the text.
     */
    @Test
    void aTextHoldingANulFromAnEarlierImportOpensWithItsSpansBeyondTheNul() throws Exception {
        Path file = workspaceWithOneAnnotation();
        edit(file, "UPDATE articles SET text = 'x' || char(0) || text");
        edit(file, "UPDATE annotations SET start_cp = start_cp + 2, end_cp = end_cp + 2");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.articleByExternalId("a1").orElseThrow();
            Annotation only = store.annotations(article.id()).getFirst();
            assertThat(article.text().slice(only.span())).isEqualTo("القاهرة");
        }
        edit(file, "UPDATE annotations SET end_cp = " + (TEXT.length() + 3));
        assertRefusedAsDamaged(file, "table annotations, row 1: span [28," + (TEXT.length() + 3)
                + ") runs past the end of article 1's text (" + (TEXT.length() + 2) + " characters)");
    }

    @Test
    void orphanRowsAndMissingUuidsAreRefusedOnOpen() throws Exception {
        Path file = workspaceWithOneAnnotation();
        edit(file, "PRAGMA foreign_keys = OFF", "DELETE FROM annotators");
        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file)).isInstanceOf(WorkspaceOpenException.class)
                .hasMessageContaining("table annotations, row 1: annotator_id 1 names no row of annotators");
    }

    @Test
    void aLayerStateOutsideTheWorkflowIsRefusedOnOpenNamingTheLayerByItsKey() throws Exception {
        Path file = workspaceWithOneAnnotation();
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            store.transition(1, 1, WorkflowTransition.START, 1, "");
        }
        edit(file, "UPDATE article_states SET state = 'done'");
        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file)).isInstanceOf(WorkspaceOpenException.class)
                .hasMessageContaining("table article_states, article 1, annotator 1: state 'done' is not one of");
    }

    @Test
    void offsetsThatAreNotIntegersCannotBeWrittenEvenByAnotherProgram() throws Exception {
        Path file = workspaceWithOneAnnotation();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            for (String offset : new String[] {"'abc'", "x'00'", "1.5"}) {
                assertThatThrownBy(() -> statement.execute("UPDATE annotations SET start_cp = " + offset))
                        .as(offset).hasMessageContaining("CHECK constraint failed");
                assertThatThrownBy(() -> statement.execute("INSERT INTO suggestion_rejections VALUES (1, "
                        + offset + ", 40, 'CLAIM', 'lexicon', 1, 0)")).as(offset)
                        .hasMessageContaining("CHECK constraint failed");
            }
        }
    }

    @Test
    void aVersion3WorkspaceWithAnOffsetStoredAsTextIsRefusedBeforeItsMigrationNamingTheRow() throws Exception {
        Path file = version3Workspace();
        edit(file, "UPDATE annotations SET start_cp = 'abc' WHERE id = 12");
        assertRefusedAsDamaged(file, "table annotations, row 12: start_cp is text, not an integer");
    }

    @Test
    void aVersion2WorkspaceWithALayerStateOutsideTheWorkflowIsRefusedBeforeItsMigrationNamingTheLayer()
            throws Exception {
        Path file = oldWorkspace(2);
        edit(file, "INSERT INTO article_states VALUES (7, 3, 'done', '', 5)");
        assertRefusedAsDamaged(file, "table article_states, article 7, annotator 3: state 'done' is not one of");
    }

    @Test
    void version3WorkspacesAreRebuiltWithTypedChecksKeepingEveryRowAndId() throws Exception {
        Path file = version3Workspace();
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Annotation claim = store.annotation(11).orElseThrow();
            assertThat(claim.span()).isEqualTo(new Span(15, 34));
            assertThat(store.annotation(12).orElseThrow().subtype()).isEqualTo("location");
            assertThat(store.decisions(7)).containsKey(11L);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            assertThat(single(statement, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(Migrations.latestVersion()));
            assertThat(single(statement, "SELECT group_concat(id || ':' || uuid) FROM annotations"))
                    .isEqualTo("11:x11,12:x12");
            assertThat(single(statement, "SELECT count(*) FROM relations")).isEqualTo("1");
            assertThat(single(statement, "SELECT count(*) FROM suggestion_rejections")).isEqualTo("1");
            // Row versions start at 1, with the last change the audit log knows of, else the row's own.
            assertThat(single(statement, "SELECT group_concat(id || ':' || version || ':' || changed_at || ':'"
                    + " || changed_by) FROM annotations")).isEqualTo("11:1:9:4,12:1:2:3");
            assertThat(single(statement, "SELECT version || ':' || changed_at || ':' || changed_by"
                    + " FROM review_decisions")).isEqualTo("1:3:4");
            assertThat(single(statement, "SELECT group_concat(annotator_id) FROM reviewers")).isEqualTo("4");
            assertThat(single(statement, "PRAGMA foreign_key_check")).isNull();
            assertThatThrownBy(() -> statement.execute("UPDATE annotations SET end_cp = 'x'"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }

    @Test
    void everyWorkspaceConnectionDistrustsTheSchemaAndLoadsNoExtensions() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            SqliteHardening.apply(connection);
            assertThat(single(statement, "PRAGMA trusted_schema")).isEqualTo("0");
            assertThat(single(statement, "PRAGMA temp_store")).isEqualTo("2");
            assertThatThrownBy(() -> statement.executeQuery("SELECT load_extension('/nonexistent')"))
                    .hasMessageContaining("not authorized");
            // A view may not call a function with side effects, so a crafted view cannot act when read.
            statement.execute("CREATE VIEW v AS SELECT load_extension('/nonexistent') AS x");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM v"))
                    .hasMessageContaining("unsafe use of load_extension");
        }
    }

    /** Opening {@code file} is refused as damaged, naming the file and {@code problem}, and leaves it unchanged. */
    private static void assertRefusedAsDamaged(Path file, String problem) throws Exception {
        String before = TestFiles.digest(file);
        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.DAMAGED))
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem);
        assertThat(TestFiles.digest(file)).isEqualTo(before);
    }

    /** A workspace as {@code version} of Hamish wrote it, with what {@code statements} add. */
    private Path oldWorkspace(int version, String... statements) throws SQLException {
        return OldVersionWorkspace.write(folder.resolve("v" + version + ".db"), version, statements);
    }

    /** A workspace as version 3 of Hamish wrote it, with a row in every table an annotation touches. */
    private Path version3Workspace() throws SQLException {
        return oldWorkspace(3,
                "INSERT INTO annotations VALUES (11, 7, 3, 15, 34, 2, NULL, 'n', 'manual', 1, 2, 'x11'),"
                        + " (12, 7, 3, 26, 33, 1, 'location', '', 'manual', 1, 2, 'x12')",
                "INSERT INTO relations VALUES (5, 11, 12, 'source')",
                "INSERT INTO review_decisions VALUES (11, 4, 'accepted', 3, '')",
                "INSERT INTO suggestion_rejections VALUES (7, 0, 3, 'CLAIM', 'lexicon', 3, 4)",
                "INSERT INTO audit_log (uuid, at, actor_id, action, article_id, annotation_uuid, details)"
                        + " VALUES ('e1', 9, 4, 'edited', 7, 'x11', '')");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
