package app.hamish.store;

import app.hamish.model.ArabicNormalizer;
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
 * SQL for the SQLite search index over the articles' normalised text (migration V005, decision 0029). The index
 * only narrows: it names the articles that may hold a query, and the caller finds the exact matches in their text.
 */
final class SearchRows {
    /** The trigram tokenizer finds a substring only from three characters up. */
    static final int SHORTEST_KEY = 3;

    private SearchRows() {
    }

    /** Indexes one article's text under its id, in the caller's transaction. */
    static void index(Connection connection, long articleId, ArticleText text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_search (rowid, normalized) VALUES (?, ?)")) {
            insert.setLong(1, articleId);
            insert.setString(2, ArabicNormalizer.normalize(text).value());
            insert.executeUpdate();
        }
    }

    /** Indexes the articles not in the index yet (those of a workspace made before it); returns how many. */
    static int indexMissing(Connection connection) throws SQLException {
        int indexed = 0;
        try (PreparedStatement missing = connection.prepareStatement("""
                SELECT id, text FROM articles WHERE id NOT IN (SELECT rowid FROM article_search) ORDER BY id""");
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
    static Optional<Set<Long>> candidates(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.codePointCount(0, key.length()) < SHORTEST_KEY)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement matching = connection.prepareStatement(
                "SELECT rowid FROM article_search WHERE article_search MATCH ?");
             PreparedStatement unindexed = connection.prepareStatement(
                     "SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_search)")) {
            for (String key : keys) {
                // One phrase, quotes doubled: the key is looked for as it is, whatever it holds.
                matching.setString(1, "\"" + key.replace("\"", "\"\"") + "\"");
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
