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
import java.util.function.UnaryOperator;

/**
 * SQL for the search index over the articles' normalised text, in each engine's words: SQLite's FTS5 trigram table
 * (migration V007, decision 0029) and the server's table under a pg_trgm index (PostgreSQL V008, decision 0033). The
 * index only narrows: it names the articles that may hold a query, and the caller finds the exact matches in their
 * text.
 */
final class SearchRows {
    /** Both indexes narrow by whole trigrams: a shorter key would have them read every row. */
    static final int SHORTEST_KEY = 3;

    static final SearchRows FTS5 = new SearchRows(
            "INSERT INTO article_search (rowid, normalized) VALUES (?, ?)",
            "SELECT id, text FROM articles WHERE id NOT IN (SELECT rowid FROM article_search) ORDER BY id",
            "SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_search)",
            "SELECT rowid FROM article_search WHERE article_search MATCH ?",
            // One phrase, quotes doubled: the key is looked for as it is, whatever it holds.
            key -> "\"" + key.replace("\"", "\"\"") + "\"");

    static final SearchRows TRIGRAMS = new SearchRows(
            "INSERT INTO article_search (article_id, normalized) VALUES (?, ?)",
            """
            SELECT id, text FROM articles a
            WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id) ORDER BY id""",
            "SELECT id FROM articles a WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id)",
            "SELECT article_id FROM article_search WHERE normalized LIKE ? ESCAPE '\\'",
            // The key as it is: LIKE's own wildcards in it are escaped.
            key -> "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");

    private final String insert;
    private final String unindexedTexts;
    private final String unindexedIds;
    private final String matching;
    private final UnaryOperator<String> pattern;

    private SearchRows(String insert, String unindexedTexts, String unindexedIds, String matching,
                       UnaryOperator<String> pattern) {
        this.insert = insert;
        this.unindexedTexts = unindexedTexts;
        this.unindexedIds = unindexedIds;
        this.matching = matching;
        this.pattern = pattern;
    }

    /** Indexes one article's text under its id, in the caller's transaction. */
    void index(Connection connection, long articleId, ArticleText text) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(insert)) {
            row.setLong(1, articleId);
            row.setString(2, ArabicNormalizer.normalize(text).value());
            row.executeUpdate();
        }
    }

    /** Indexes the articles under their ids, as one batch, in the caller's transaction. */
    void index(Connection connection, List<Article> articles) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(insert)) {
            for (Article article : articles) {
                rows.setLong(1, article.id());
                rows.setString(2, ArabicNormalizer.normalize(article.text()).value());
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }

    /** Indexes the articles not in the index yet (those of a workspace made before it); returns how many. */
    int indexMissing(Connection connection) throws SQLException {
        int indexed = 0;
        try (PreparedStatement missing = connection.prepareStatement(unindexedTexts);
             ResultSet rows = missing.executeQuery()) {
            while (rows.next()) {
                index(connection, rows.getLong(1), ArticleText.of(rows.getString(2)));
                indexed++;
            }
        }
        return indexed;
    }

    /**
     * The ids of the articles whose normalised text may hold one of the keys (normalised queries): those the index
     * matches, and any not indexed yet. Empty when the index cannot narrow, for a key shorter than it searches.
     */
    Optional<Set<Long>> candidates(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.codePointCount(0, key.length()) < SHORTEST_KEY)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(matching);
             PreparedStatement unindexed = connection.prepareStatement(unindexedIds)) {
            for (String key : keys) {
                query.setString(1, pattern.apply(key));
                collect(query, ids);
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
