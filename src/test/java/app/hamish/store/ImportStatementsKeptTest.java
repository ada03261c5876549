package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * An import prepares its insert of articles once for each number of rows it inserts at once, not once a statement:
 * preparing 500 rows' worth costs SQLite about 2 ms on the thread that writes (decision 0098). The rows are stored
 * as before, each statement's own.
 */
class ImportStatementsKeptTest {
    @TempDir
    Path folder;

    @Test
    void theInsertOfAStatementsWorthOfArticlesIsPreparedOnceAndEveryArticleStored() throws Exception {
        Path file = folder.resolve("w.db");
        SqliteWorkspaceStore.open(file).close();
        try (Connection real = new SQLiteConfig().createConnection(WorkspacePath.jdbcUrl(file))) {
            try (Statement statement = real.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            real.setAutoCommit(false);
            List<String> prepared = new ArrayList<>();
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement")) {
                            prepared.add((String) arguments[0]);
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            // 500, 500, 500, 500 and 200: two numbers of rows.
            Iterator<PreparedArticle> articles = IntStream.range(0, 2_200).mapToObj(i -> PreparedArticle.of(
                    new NewArticle("a" + i, "مقالة " + i, "a" + i + ".txt", ArticleText.of("نص المقالة رقم " + i),
                            "{}"))).iterator();
            ImportReport report = ArticleRows.insert(counting, () -> articles.hasNext() ? articles.next() : null,
                    Instant.now(), SqliteDialect.INSTANCE.textFromUtf8(), SearchRows.FTS5);
            real.commit();

            assertThat(prepared.stream().filter(sql -> sql.startsWith("INSERT INTO articles"))).hasSize(2);
            assertThat(report.imported()).hasSize(2_200);
            assertThat(report.imported().getLast().externalId()).isEqualTo("a2199");
            try (PreparedStatement query = real.prepareStatement(
                    "SELECT count(*), count(DISTINCT external_id), min(id), max(id) FROM articles"
                            + " WHERE text = 'نص المقالة رقم ' || substr(external_id, 2)");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2_200);
                assertThat(rows.getInt(2)).isEqualTo(2_200);
                assertThat(rows.getLong(4) - rows.getLong(3)).isEqualTo(2_199);
            }
            // Each article's id as the report gives it is the id of the row holding its text.
            try (PreparedStatement query = real.prepareStatement("SELECT external_id FROM articles WHERE id = ?")) {
                for (var article : List.of(report.imported().getFirst(), report.imported().get(1_234),
                        report.imported().getLast())) {
                    query.setLong(1, article.id());
                    try (ResultSet rows = query.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getString(1)).isEqualTo(article.externalId());
                    }
                }
            }
        }
    }
}
