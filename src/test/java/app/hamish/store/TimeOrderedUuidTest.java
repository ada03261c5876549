package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
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
 * Annotations and audit entries committed one after another get uuids in the order they were made, so that the
 * unique indexes on those uuids grow at their end rather than at a random page of a large index (decision 0037).
 */
class TimeOrderedUuidTest {
    @TempDir
    Path folder;

    @Test
    void annotationsAndAuditEntriesMadeLaterHaveLaterUuids() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            Article article = store.addArticles(List.of(new NewArticle("a", "t", "a.txt",
                    ArticleText.of("قالت مصادر مطلعة إن وفدا أمنيا رفيع المستوى زار القاهرة"), "{}"))).imported()
                    .getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            for (int i = 0; i < 20; i++) {
                store.addAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(i, i + 3), Label.CLAIM, null,
                        "", Provenance.MANUAL));
                Thread.sleep(2);
            }
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : List.of("annotations", "audit_log")) {
                List<String> uuids = uuidsInIdOrder(raw, table);
                assertThat(uuids).as(table).hasSizeGreaterThanOrEqualTo(20).isSorted()
                        .allMatch(uuid -> uuid.matches("[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}"));
            }
        }
    }

    @Test
    void uuidsMadeInTheSameMillisecondDiffer() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            uuids.add(AuditRows.newUuid(1_764_000_000_000L));
        }
        assertThat(uuids).doesNotHaveDuplicates().allMatch(uuid -> uuid.startsWith("019ab697e800"));
    }

    private static List<String> uuidsInIdOrder(Connection raw, String table) throws Exception {
        List<String> uuids = new ArrayList<>();
        try (Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT uuid FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                uuids.add(rows.getString(1));
            }
        }
        return uuids;
    }
}
