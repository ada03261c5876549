package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.model.WorkflowTransition;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz target for merge: a real workspace (articles with emoji and harakat, annotators, annotations,
 * a relation, a decision, a review state, a rejected suggestion, the audit log) with rows changed as the input
 * says, merged into a real local workspace. What must hold: the merge succeeds and every row of the local workspace
 * is then valid (each span slices its text, the workspace reopens and exports), or it is refused with a
 * {@link ConflictException} and the local workspace is byte-for-byte as it was. Nothing is left beside the other
 * file either way. {@code ./mvnw test} runs the committed seeds in
 * {@code src/test/resources/app/hamish/store/MergeFuzzTargetsInputs/mergeMutatedWorkspace/}; docs/reliability.md
 * says how to fuzz.
 *
 * <p>The input is read as a list of changes, four bytes each and a payload: table, column, row (each taken modulo
 * how many there are) and kind of value (null, a 4-byte integer, text or a blob of the next byte's length in bytes
 * that need not be UTF-8, a real, the value plus a small delta, an 8-byte integer, the row deleted, a schema
 * statement).
 */
class MergeFuzzTargets {
    private static final int MAX_CHANGES = 8;
    private static final List<String> SCHEMA_CHANGES = List.of(
            "CREATE VIEW extra AS SELECT * FROM annotations",
            "CREATE TRIGGER extra AFTER INSERT ON articles BEGIN DELETE FROM annotations; END",
            "DROP INDEX annotations_by_uuid",
            "CREATE TABLE extra (x)",
            "PRAGMA user_version = 3",
            "PRAGMA application_id = 0",
            "DROP TABLE relations",
            "CREATE INDEX extra ON articles (title)");

    @TempDir
    static Path folder;
    private static byte[] pristineOther;
    private static byte[] pristineLocal;
    private static List<String> tables;
    private static List<List<String>> columns;

    @BeforeAll
    static void realWorkspaces() throws SQLException, java.io.IOException {
        Path other = folder.resolve("template-other.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(other)) {
            List<Article> articles = store.addArticles(List.of(
                    new NewArticle("shared", "t", "shared.txt", ArticleText.of("نص مشترك بين المساحتين"), "{}"),
                    new NewArticle("b1", "عنوان", "b1.txt", ArticleText.of("قال 👩‍👩‍👧 المتحدثُ إنّ الوزير زار القاهرة"),
                            "{\"source\": \"wire\", \"n\": [1, 2.5]}"))).imported();
            Article b1 = articles.get(1);
            Annotator samir = store.annotator("samir", Annotator.Role.ANNOTATOR);
            Annotator rana = store.annotator("rana", Annotator.Role.REVIEWER);
            Annotation claim = store.addAnnotation(new NewAnnotation(b1.id(), samir.id(), new Span(12, 38),
                    Label.CLAIM, null, "ملاحظة", Provenance.MANUAL));
            Annotation place = store.addAnnotation(new NewAnnotation(b1.id(), samir.id(), new Span(31, 38),
                    Label.ENTITY, "location", "", Provenance.MANUAL));
            store.addAnnotation(new NewAnnotation(articles.get(0).id(), rana.id(), new Span(0, 2),
                    Label.UNVERIFIED_SOURCE, null, "", Provenance.SUGGESTED));
            store.addRelation(claim.id(), place.id(), "mentions", samir.id());
            store.transition(b1.id(), samir.id(), WorkflowTransition.START, samir.id(), "");
            store.recordDecision(new ReviewDecision(claim.id(), rana.id(), ReviewStatus.ACCEPTED, Instant.now(),
                    "ok"), 0);
            store.rejectSuggestion(new Suggestion(b1.id(), new Span(0, 3), Label.CLAIM, null,
                    SuggestionSource.LEXICON, ""), rana.id());
        }
        pristineOther = Files.readAllBytes(other);
        Path local = folder.resolve("template-local.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            store.addArticles(List.of(
                    new NewArticle("shared", "t", "shared.txt", ArticleText.of("نص مشترك بين المساحتين"), "{}"),
                    new NewArticle("a1", "local", "a1.txt", ArticleText.of("نص محلي"), "{}")));
            store.annotator("samir", Annotator.Role.ANNOTATOR);
        }
        pristineLocal = Files.readAllBytes(local);
        tables = new ArrayList<>();
        columns = new ArrayList<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = raw.createStatement()) {
            try (ResultSet names = statement.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet info = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (info.next()) {
                        names.add(info.getString(2));
                    }
                }
                columns.add(names);
            }
        }
    }

    @FuzzTest
    void mergeMutatedWorkspace(byte[] input) throws Exception {
        Path other = TestFiles.write(folder.resolve("other.db"), pristineOther);
        change(other, ByteBuffer.wrap(input));
        Path local = TestFiles.write(folder.resolve("local.db"), pristineLocal);
        String localBefore = TestFiles.digest(local);
        List<String> rowsBefore = WorkspaceTables.rows(local);
        boolean merged;
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            try {
                store.mergeFrom(other, () -> store.annotator("fuzz", Annotator.Role.ANNOTATOR).id());
                merged = true;
            } catch (ConflictException refused) {
                assertThat(refused.getMessage()).contains("nothing was merged");
                merged = false;
            }
        }
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertThat(Files.exists(Path.of(other + suffix))).as("left beside the other file: " + suffix).isFalse();
        }
        if (!merged) {
            assertThat(WorkspaceTables.rows(local)).isEqualTo(rowsBefore);
            assertThat(TestFiles.digest(local)).as("a refused merge changed the local workspace")
                    .isEqualTo(localBefore);
            return;
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + local)) {
            assertThat(StoredRowsCheck.firstProblem(raw)).as("merged rows").isNull();
        }
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            store.exportArticles(ExportFilter.ALL, export -> export.annotations().forEach(annotation ->
                    assertThat(export.article().text().slice(annotation.span())).isNotNull()));
        }
    }

    /** Applies the input's changes as a program that ignores Hamish's constraints could; a change SQLite refuses
     *  (NOT NULL, UNIQUE) is skipped. */
    private static void change(Path other, ByteBuffer input) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            statement.execute("PRAGMA foreign_keys = OFF");
            for (int n = 0; n < MAX_CHANGES && input.remaining() >= 4; n++) {
                int t = Byte.toUnsignedInt(input.get()) % tables.size();
                List<String> names = columns.get(t);
                String table = tables.get(t);
                String column = names.get(Byte.toUnsignedInt(input.get()) % names.size());
                int row = Byte.toUnsignedInt(input.get());
                int kind = Byte.toUnsignedInt(input.get()) % 9;
                // A row of a table without rowids (decision 0052) is picked by its key.
                String key = StoredRowsCheck.rowOrder(table);
                String target = " WHERE (" + key + ") = (SELECT " + key + " FROM " + table + " ORDER BY " + key
                        + " LIMIT 1 OFFSET " + row + " % max(1, (SELECT count(*) FROM " + table + ")))";
                try {
                    switch (kind) {
                        case 0 -> statement.execute("UPDATE " + table + " SET " + column + " = NULL" + target);
                        case 1 -> set(raw, table, column, target, input.remaining() >= 4 ? input.getInt() : 0);
                        case 2 -> set(raw, table, column, target, new TextBytes(payload(input)));
                        case 3 -> set(raw, table, column, target, payload(input));
                        case 4 -> set(raw, table, column, target, input.remaining() >= 8 ? input.getDouble() : 0.5);
                        case 5 -> statement.execute("UPDATE " + table + " SET " + column + " = " + column + " + "
                                + (input.hasRemaining() ? input.get() : 1) + target);
                        case 6 -> set(raw, table, column, target, input.remaining() >= 8 ? input.getLong() : -1L);
                        case 7 -> statement.execute("DELETE FROM " + table + target);
                        default -> statement.execute(SCHEMA_CHANGES.get(row % SCHEMA_CHANGES.size()));
                    }
                } catch (SQLException refusedBySqlite) {
                    // As any program writing the file would be: the change is simply not made.
                }
            }
        }
    }

    /** Bytes stored as text as they are, UTF-8 or not, as a C program could store them. */
    private record TextBytes(byte[] bytes) {
    }

    private static void set(Connection raw, String table, String column, String target, Object value)
            throws SQLException {
        boolean text = value instanceof TextBytes;
        try (PreparedStatement update = raw.prepareStatement("UPDATE " + table + " SET " + column + " = "
                + (text ? "CAST(? AS TEXT)" : "?") + target)) {
            update.setObject(1, text ? ((TextBytes) value).bytes() : value);
            update.executeUpdate();
        }
    }

    private static byte[] payload(ByteBuffer input) {
        int length = input.hasRemaining() ? Byte.toUnsignedInt(input.get()) : 0;
        byte[] bytes = new byte[Math.min(length, input.remaining())];
        input.get(bytes);
        return Arrays.copyOf(bytes, bytes.length);
    }
}
