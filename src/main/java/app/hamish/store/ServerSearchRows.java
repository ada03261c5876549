package app.hamish.store;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQL for a server workspace's search index over the articles' normalised text (PostgreSQL migration V007, decision
 * 0033): a trigram index answering {@code LIKE '%key%'}. As SQLite's ({@link SearchRows}), it only narrows: it names
 * the articles that may hold a query, and the caller finds the exact matches in their text.
 */
final class ServerSearchRows {
    /** A trigram index narrows by whole trigrams: a shorter key would have it read every row. */
    static final int SHORTEST_KEY = SearchRows.SHORTEST_KEY;

    private ServerSearchRows() {
    }

    /** Indexes one article's text under its id, in the caller's transaction. */
    static void index(Connection connection, long articleId, ArticleText text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_search (article_id, normalized) VALUES (?, ?)")) {
            insert.setLong(1, articleId);
            insert.setString(2, ArabicNormalizer.normalize(text).value());
            insert.executeUpdate();
        }
    }

    /** Indexes the articles under their ids, as one batch, in the caller's transaction. */
    static void index(Connection connection, List<Article> articles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_search (article_id, normalized) VALUES (?, ?)")) {
            for (Article article : articles) {
                insert.setLong(1, article.id());
                insert.setString(2, ArabicNormalizer.normalize(article.text()).value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Whether this login may index articles: only those who may add them (decision 0024). */
    static boolean mayIndex(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT has_table_privilege('article_search', 'INSERT')");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Indexes the articles not in the index yet (those of a workspace made before it); returns how many. */
    static int indexMissing(Connection connection) throws SQLException {
        int indexed = 0;
        try (PreparedStatement missing = connection.prepareStatement("""
                SELECT id, text FROM articles a
                WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id) ORDER BY id""");
             ResultSet rows = missing.executeQuery()) {
            while (rows.next()) {
                index(connection, rows.getLong(1), ArticleText.of(rows.getString(2)));
                indexed++;
            }
        }
        return indexed;
    }

    /**
     * The ids of the articles whose normalised text may hold one of the keys (normalised queries): those whose
     * indexed text holds it, and any not indexed yet. Empty when the index cannot narrow, for a key shorter than it
     * searches.
     */
    static Optional<Set<Long>> candidates(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.codePointCount(0, key.length()) < SHORTEST_KEY)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement matching = connection.prepareStatement(
                "SELECT article_id FROM article_search WHERE normalized LIKE ? ESCAPE '\\'");
             PreparedStatement unindexed = connection.prepareStatement("""
                     SELECT id FROM articles a
                     WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id)""")) {
            for (String key : keys) {
                // The key as it is: LIKE's own wildcards in it are escaped.
                matching.setString(1, "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                collect(matching, ids);
            }
            collect(unindexed, ids);
        }
        return Optional.of(ids);
    }

    private static void collect(PreparedStatement query, Set<Long> ids) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
    }
}
