package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.AuditEntry;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.MergeReport;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge copies each of the other file's audit entries once, though the log keeps no index of its uuids (decision
 * 0089): an entry the log holds already, or one the other file holds twice, is not copied again.
 */
class MergedAuditEntriesTest {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    @TempDir
    Path folder;

    @Test
    void mergingTheSameFileTwiceCopiesEachOfItsAuditEntriesOnce() throws Exception {
        Path theirs = workspaceWithTwoAnnotations("theirs.db", "rana");
        Path ours = workspaceWithTwoAnnotations("ours.db", "mona");
        long theirEntries = entries(theirs).size();

        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(ours)) {
            long actor = store.annotator("mona", Annotator.Role.ANNOTATOR).id();
            long before = entries(store).size();
            MergeReport first = store.mergeFrom(theirs, () -> actor);
            assertThat(first.auditEntries()).isEqualTo(theirEntries);
            long afterFirst = entries(store).size();

            MergeReport second = store.mergeFrom(theirs, () -> actor);

            assertThat(second.auditEntries()).isZero();
            assertThat(entries(store)).hasSize((int) afterFirst);
            assertThat(afterFirst).isEqualTo(before + theirEntries + 1);
        }
        assertThat(rows(ours, "SELECT count(*) - count(DISTINCT uuid) FROM audit_log")).containsExactly("0");
    }

    @Test
    void anEntryTheOtherFileHoldsTwiceIsCopiedOnce() throws Exception {
        Path theirs = workspaceWithTwoAnnotations("theirs.db", "rana");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + theirs);
             Statement statement = raw.createStatement()) {
            statement.execute("INSERT INTO audit_log (uuid, at, actor_id, action, article_id, annotation_uuid,"
                    + " details) SELECT uuid, at, actor_id, action, article_id, annotation_uuid, details"
                    + " FROM audit_log ORDER BY id LIMIT 1");
        }
        List<String> theirUuids = rows(theirs, "SELECT DISTINCT uuid FROM audit_log");
        Path ours = workspaceWithTwoAnnotations("ours.db", "mona");

        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(ours)) {
            long actor = store.annotator("mona", Annotator.Role.ANNOTATOR).id();
            assertThat(store.mergeFrom(theirs, () -> actor).auditEntries()).isEqualTo(theirUuids.size());
        }
        assertThat(rows(ours, "SELECT count(*) - count(DISTINCT uuid) FROM audit_log")).containsExactly("0");
    }

    private Path workspaceWithTwoAnnotations(String name, String annotatorName) {
        Path file = folder.resolve(name);
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.addArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}"))).imported().getFirst();
            Annotator annotator = store.annotator(annotatorName, Annotator.Role.ANNOTATOR);
            for (int start : new int[] {0, 4}) {
                store.addAnnotation(new NewAnnotation(article.id(), annotator.id(), new Span(start, start + 3),
                        Label.CLAIM, null, "", Provenance.MANUAL));
            }
        }
        return file;
    }

    private static List<AuditEntry> entries(SqliteWorkspaceStore store) {
        List<AuditEntry> entries = new ArrayList<>();
        store.audit(null, entries::add);
        return entries;
    }

    private static List<AuditEntry> entries(Path file) {
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            return entries(store);
        }
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
