package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * An import names each statement's articles as pending for the search index right after the statement that
 * inserts them, while SQLite's cache still holds the rows the pending list's foreign key looks up, not all at its
 * end (decision 0053); every article is named once.
 */
class ImportPendingRowsTest {
    @TempDir
    Path folder;

    @Test
    void eachStatementsArticlesArePendingBeforeTheFeedIsAskedForMore() throws Exception {
        Path file = folder.resolve("w.db");
        SqliteWorkspaceStore.open(file).close();
        try (Connection connection = new SQLiteConfig().createConnection(WorkspacePath.jdbcUrl(file))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            connection.setAutoCommit(false);
            Iterator<PreparedArticle> articles = IntStream.range(0, 1_200).mapToObj(i -> PreparedArticle.of(
                    new NewArticle("a" + i, "مقالة " + i, "a" + i + ".txt", ArticleText.of("نص المقالة رقم " + i),
                            "{}"))).iterator();
            List<Integer> pendingWhenAsked = new ArrayList<>();
            ImportReport report = ArticleRows.insert(connection, () -> {
                pendingWhenAsked.add(pending(connection));
                return articles.hasNext() ? articles.next() : null;
            }, Instant.now(), SqliteDialect.INSTANCE.textFromUtf8(), SearchRows.FTS5);
            connection.commit();

            assertThat(report.imported()).hasSize(1_200);
            // The feed is asked for article 501 once the first 500 are stored, for 1,001 once the next 500 are.
            assertThat(pendingWhenAsked.get(501)).isEqualTo(500);
            assertThat(pendingWhenAsked.get(1_001)).isEqualTo(1_000);
            assertThat(pending(connection)).isEqualTo(1_200);
        }
    }

    private static int pending(Connection connection) {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM search_pending");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
