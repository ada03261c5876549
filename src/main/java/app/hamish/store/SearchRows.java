package app.hamish.store;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * SQL for the search index over the articles' normalised text, in each engine's words: SQLite's FTS5 trigram table
 * (migration V007, decision 0029) and the server's table under a pg_trgm index (PostgreSQL V008, decision 0033). The
 * index only narrows: it names the articles that may hold a query, and the caller finds the exact matches in their
 * text. An article not in the index yet is pending, and always a candidate: on SQLite an import or merge names its
 * articles in {@code search_pending} and the index is filled after its transaction (V009, decision 0038); on a
 * server an article is indexed in the transaction that adds it, and pending only in a workspace made before the
 * index.
 */
final class SearchRows {
    /** Both indexes narrow by whole trigrams: a shorter key would have them read every row. */
    static final int SHORTEST_KEY = 3;

    static final SearchRows FTS5 = new SearchRows(
            "INSERT INTO article_search (rowid, normalized) VALUES (?, ?)",
            // One statement for each statement of an import's articles: a statement a row cost its writing thread a fifth
            // of SQLite's time.
            "INSERT INTO search_pending (article_id) SELECT value FROM json_each(?)",
            """
            SELECT p.article_id, a.text FROM search_pending p JOIN articles a ON a.id = p.article_id
            ORDER BY p.article_id LIMIT ?""",
            "DELETE FROM search_pending WHERE article_id = ?",
            "SELECT article_id FROM search_pending",
            "SELECT rowid FROM article_search WHERE article_search MATCH ?",
            // One phrase, quotes doubled: the key is looked for as it is, whatever it holds.
            key -> "\"" + key.replace("\"", "\"\"") + "\"");

    static final SearchRows TRIGRAMS = new SearchRows(
            "INSERT INTO article_search (article_id, normalized) VALUES (?, ?)",
            null,
            """
            SELECT id, text FROM articles a
            WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id) ORDER BY id LIMIT ?""",
            null,
            "SELECT id FROM articles a WHERE NOT EXISTS (SELECT FROM article_search s WHERE s.article_id = a.id)",
            "SELECT article_id FROM article_search WHERE normalized LIKE ? ESCAPE '\\'",
            // The key as it is: LIKE's own wildcards in it are escaped.
            key -> "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");

    private final String insert;
    /**
     * Names new articles as pending, from a JSON array of their ids; null where new articles are indexed in the
     * transaction that adds them.
     */
    private final String defer;
    private final String pendingTexts;
    /** Takes an indexed article off the pending list; null where being pending is not being in the index. */
    private final String undefer;
    private final String pendingIds;
    private final String matching;
    private final UnaryOperator<String> pattern;

    private SearchRows(String insert, String defer, String pendingTexts, String undefer, String pendingIds,
                       String matching, UnaryOperator<String> pattern) {
        this.insert = insert;
        this.defer = defer;
        this.pendingTexts = pendingTexts;
        this.undefer = undefer;
        this.pendingIds = pendingIds;
        this.matching = matching;
        this.pattern = pattern;
    }

    /**
     * Whether new articles are left pending for a fill after their transaction (a file); where not (a server), the
     * fill has nothing to do and what is not indexed is indexed at open by a login that may (decision 0038).
     */
    boolean defers() {
        return defer != null;
    }

    /** Adds one new article to the index, or to the pending list, in the caller's transaction. */
    void add(Connection connection, long articleId, ArticleText text) throws SQLException {
        addAll(connection, List.of(new Pending(articleId, text)));
    }

    /** Adds new articles to the index, or to the pending list, as one batch in the caller's transaction. */
    void add(Connection connection, List<Article> articles) throws SQLException {
        addAll(connection, articles.stream().map(article -> new Pending(article.id(), article.text())).toList());
    }

    private void addAll(Connection connection, List<Pending> articles) throws SQLException {
        if (defer == null) {
            index(connection, articles);
            return;
        }
        StringJoiner ids = new StringJoiner(",", "[", "]");
        for (Pending article : articles) {
            ids.add(Long.toString(article.id()));
        }
        try (PreparedStatement rows = connection.prepareStatement(defer)) {
            rows.setString(1, ids.toString());
            rows.executeUpdate();
        }
    }

    /** Names every article of a file whose rows were copied in, not imported, as pending (a server's snapshot). */
    static void pendAll(Connection connection) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(
                "INSERT INTO search_pending (article_id) SELECT id FROM articles")) {
            rows.executeUpdate();
        }
    }

    /**
     * Names as pending every article of the file that is neither in the index nor pending, as one written by another
     * program may hold; returns how many. Counts first, so that a file in step (every file Hamish writes) costs
     * three counts of integer keys.
     */
    static int pendMissing(Connection connection) throws SQLException {
        try (PreparedStatement counts = connection.prepareStatement("""
                SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM search_pending)
                       - (SELECT count(*) FROM article_search_docsize)""");
             ResultSet rows = counts.executeQuery()) {
            rows.next();
            if (rows.getLong(1) == 0) {
                return 0;
            }
        }
        try (PreparedStatement missing = connection.prepareStatement("""
                INSERT INTO search_pending (article_id) SELECT id FROM articles
                WHERE id NOT IN (SELECT id FROM article_search_docsize)
                  AND id NOT IN (SELECT article_id FROM search_pending)""")) {
            return missing.executeUpdate();
        }
    }

    /**
     * Indexes up to {@code most} pending articles, lowest ids first, and takes them off the pending list, in the
     * caller's transaction; returns how many.
     */
    int indexPending(Connection connection, int most) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(pendingTexts)) {
            query.setInt(1, most);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pending.add(new Pending(rows.getLong(1), ArticleText.of(rows.getString(2))));
                }
            }
        }
        index(connection, pending);
        if (undefer != null && !pending.isEmpty()) {
            try (PreparedStatement rows = connection.prepareStatement(undefer)) {
                for (Pending article : pending) {
                    rows.setLong(1, article.id());
                    rows.addBatch();
                }
                rows.executeBatch();
            }
        }
        return pending.size();
    }

    /** Indexes every pending article (those of a workspace made before the index); returns how many. */
    int indexMissing(Connection connection) throws SQLException {
        return indexPending(connection, Integer.MAX_VALUE);
    }

    /** How many articles are not in the index yet. */
    int pendingCount(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM (" + pendingIds + ") p");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void index(Connection connection, List<Pending> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        // Folding reads every character: on every core, while this thread alone can write the index.
        List<String> normalized = articles.parallelStream()
                .map(article -> ArabicNormalizer.normalize(article.text()).value()).toList();
        try (PreparedStatement rows = connection.prepareStatement(insert)) {
            for (int i = 0; i < articles.size(); i++) {
                rows.setLong(1, articles.get(i).id());
                rows.setString(2, normalized.get(i));
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }

    /**
     * The ids of the articles whose normalised text may hold one of the keys (normalised queries): those the index
     * matches, and every pending one. Empty when the index cannot narrow, for a key shorter than it searches.
     */
    Optional<Set<Long>> candidates(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.codePointCount(0, key.length()) < SHORTEST_KEY)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(matching);
             PreparedStatement pending = connection.prepareStatement(pendingIds)) {
            for (String key : keys) {
                query.setString(1, pattern.apply(key));
                collect(query, ids);
            }
            collect(pending, ids);
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

    /** An article's id and text, on its way into the index. */
    private record Pending(long id, ArticleText text) {
    }
}
