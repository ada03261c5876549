package app.hamish.store;

import app.hamish.model.Article;
import app.hamish.model.ArticleFeed;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import app.hamish.model.ScriptDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code articles} table. */
final class ArticleRows {
    static final String COLUMNS = "id, external_id, title, source_name, text, sha256, direction, meta, imported_at";

    private ArticleRows() {
    }

    /**
     * Adds the feed's articles, skipping (and reporting) each whose text the workspace or an earlier article of the
     * feed holds already; refused whole if an article's id is taken by another text. What is stored is looked up
     * and written many rows a statement, not a row at a time: a server answers each statement a network round trip
     * later (decision 0033). Each statement's worth of articles is stored as soon as the feed has handed it over,
     * while the rest are still being read (decision 0043), and handed to {@code search} right after the statement
     * that inserts them, while SQLite's cache still holds the rows that its foreign key looks up (decision 0053). The
     * feed's refusal of its files comes before a refusal of what they hold: an id taken by another text is reported
     * only once the feed has ended without one.
     */
    static ImportReport insert(Connection connection, ArticleFeed feed, Instant now, Optional<String> textFromUtf8,
                               SearchRows search) throws SQLException {
        Map<String, String> idOfText = new HashMap<>();
        Map<String, String> sourceOfId = new HashMap<>();
        List<Article> imported = new ArrayList<>();
        List<ImportReport.Duplicate> skipped = new ArrayList<>();
        // A workspace without articles has none to look up: only the import's own, which the maps hold.
        boolean heldBefore = holdsArticles(connection);
        // The insert of a full statement's worth of rows is prepared once and kept to the import's end: SQLite takes
        // about 2 ms to prepare one of 500 rows (4,000 parameters), some forty a 10,000-article import spent on the
        // thread that writes (decision 0098).
        try (KeptStatements inserts = new KeptStatements()) {
            PreparedArticle first = feed.next();
            while (first != null) {
                List<PreparedArticle> chunk = new ArrayList<>();
                long characters = 0;
                PreparedArticle article = first;
                while (article != null && chunk.size() < ROWS_PER_STATEMENT && (chunk.isEmpty()
                        || characters + length(article) <= CHARACTERS_PER_STATEMENT)) {
                    chunk.add(article);
                    characters += length(article);
                    article = feed.next();
                }
                first = article;
                List<PreparedArticle> added;
                try {
                    added = newArticles(connection, heldBefore, chunk, idOfText, sourceOfId, skipped);
                } catch (ConflictException conflict) {
                    while (feed.next() != null) {
                        // Read to the end: a refused file is what the importer must hear of first.
                    }
                    throw conflict;
                }
                if (!added.isEmpty()) {
                    List<Article> stored = stored(added, insertRows(inserts, connection, added, now,
                            textFromUtf8), now);
                    search.add(connection, stored);
                    imported.addAll(stored);
                }
            }
        }
        return new ImportReport(imported, skipped);
    }

    /** The articles as stored, given their ids by external id. */
    private static List<Article> stored(List<PreparedArticle> rows, Map<String, Long> ids, Instant now) {
        List<Article> stored = new ArrayList<>(rows.size());
        for (PreparedArticle row : rows) {
            NewArticle article = row.article();
            stored.add(new Article(ids.get(article.externalId()), article.externalId(), article.title(),
                    article.sourceName(), article.text(), row.sha256(), row.direction(), article.metaJson(),
                    Times.truncate(now)));
        }
        return stored;
    }

    /**
     * The batch's articles prepared a statement's worth at a time: hash and direction read every character, so on
     * every core; the UTF-8 bytes of the whole batch at once would double the memory its texts take.
     */
    static ArticleFeed preparedInParts(List<NewArticle> batch) {
        return new PreparedInParts(batch);
    }

    private static final class PreparedInParts implements ArticleFeed {
        private final List<NewArticle> batch;
        private int from;
        private Iterator<PreparedArticle> part = Collections.emptyIterator();

        PreparedInParts(List<NewArticle> batch) {
            this.batch = batch;
        }

        @Override
        public PreparedArticle next() {
            if (!part.hasNext() && from < batch.size()) {
                int to = Math.min(batch.size(), from + ROWS_PER_STATEMENT);
                part = batch.subList(from, to).parallelStream().map(PreparedArticle::of).toList().iterator();
                from = to;
            }
            return part.hasNext() ? part.next() : null;
        }
    }

    private static long length(PreparedArticle article) {
        return article.article().text().utf16Length();
    }

    /**
     * The chunk's articles that are new, in order: those whose text the workspace or the import so far holds are
     * added to {@code skipped}; an id the workspace or the import so far gives another text is refused. The maps hold
     * what the import has taken so far, and are extended; the workspace's own are looked up if it {@code heldBefore}
     * the import any article.
     */
    private static List<PreparedArticle> newArticles(Connection connection, boolean heldBefore,
                                                     List<PreparedArticle> chunk,
                                                     Map<String, String> idOfText, Map<String, String> sourceOfId,
                                                     List<ImportReport.Duplicate> skipped) throws SQLException {
        Map<String, String> storedIdOfText = !heldBefore ? Map.of() : stored(connection, "sha256",
                "external_id", chunk.stream().map(PreparedArticle::sha256).filter(sha -> !idOfText.containsKey(sha))
                        .toList());
        Map<String, String> storedSourceOfId = !heldBefore ? Map.of() : stored(connection, "external_id",
                "source_name", chunk.stream().map(row -> row.article().externalId())
                        .filter(id -> !sourceOfId.containsKey(id)).toList());
        List<PreparedArticle> added = new ArrayList<>();
        for (PreparedArticle row : chunk) {
            NewArticle article = row.article();
            String sameText = idOfText.getOrDefault(row.sha256(), storedIdOfText.get(row.sha256()));
            if (sameText != null) {
                skipped.add(new ImportReport.Duplicate(article, sameText));
                continue;
            }
            String sameId = sourceOfId.getOrDefault(article.externalId(), storedSourceOfId.get(article.externalId()));
            if (sameId != null) {
                throw new ConflictException("article id '" + article.externalId() + "' from "
                        + article.sourceName() + " is already used by a different article (from "
                        + sameId + "); rename the file or give the article another id");
            }
            idOfText.put(row.sha256(), article.externalId());
            sourceOfId.put(article.externalId(), article.sourceName());
            added.add(row);
        }
        return added;
    }

    /** Rows in one statement: within both engines' limits on parameters (8 a row). */
    private static final int ROWS_PER_STATEMENT = 500;
    /**
     * Text in one statement, unless one article alone is longer: a few round trips' worth, far below the server's
     * 1 GB message limit and what the driver holds in memory while it sends the statement.
     */
    private static final long CHARACTERS_PER_STATEMENT = 8_000_000;

    private static boolean holdsArticles(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM articles)");
             ResultSet rows = query.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /** {@code column}'s value to {@code other}'s for the stored articles whose {@code column} is one of these. */
    private static Map<String, String> stored(Connection connection, String column, String other,
                                              List<String> values) throws SQLException {
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement query = connection.prepareStatement("SELECT " + column + ", " + other
                    + " FROM articles WHERE " + column + " IN (" + String.join(", ", Collections.nCopies(chunk.size(),
                    "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts the rows in one statement and returns their ids by external id: neither engine promises to return
     * them in the order of the rows. A statement of a full {@link #ROWS_PER_STATEMENT} rows is kept in
     * {@code inserts} for the next; one of fewer (the last, one cut short by long texts, one without the duplicates
     * skipped) is closed at once, since their sizes vary and each kept holds its compiled program, about 0.65 KB a
     * row, to the import's end.
     */
    private static Map<String, Long> insertRows(KeptStatements inserts, Connection connection,
                                                List<PreparedArticle> rows, Instant now,
                                                Optional<String> textFromUtf8) throws SQLException {
        String sql = "INSERT INTO articles (external_id, title, source_name, text, sha256, direction, meta,"
                + " imported_at) VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, "
                + textFromUtf8.orElse("?") + ", ?, ?, ?, ?)")) + " RETURNING id, external_id";
        if (rows.size() == ROWS_PER_STATEMENT) {
            return insertRows(inserts.prepare(connection, sql), rows, now, textFromUtf8);
        }
        try (PreparedStatement once = connection.prepareStatement(sql)) {
            return insertRows(once, rows, now, textFromUtf8);
        }
    }

    private static Map<String, Long> insertRows(PreparedStatement insert, List<PreparedArticle> rows, Instant now,
                                                Optional<String> textFromUtf8) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        int parameter = 0;
        for (PreparedArticle row : rows) {
            NewArticle article = row.article();
            insert.setString(++parameter, article.externalId());
            insert.setString(++parameter, article.title());
            insert.setString(++parameter, article.sourceName());
            if (textFromUtf8.isPresent()) {
                insert.setBytes(++parameter, row.utf8());
            } else {
                insert.setString(++parameter, article.text().value());
            }
            insert.setString(++parameter, row.sha256());
            insert.setString(++parameter, row.direction().code());
            insert.setString(++parameter, article.metaJson());
            Times.set(insert, ++parameter, now);
        }
        try (ResultSet keys = insert.executeQuery()) {
            while (keys.next()) {
                ids.put(keys.getString(2), keys.getLong(1));
            }
        }
        return ids;
    }

    static Optional<Article> find(KeptStatements kept, Connection connection, String where, Object key)
            throws SQLException {
        PreparedStatement query = kept.prepare(connection, "SELECT " + COLUMNS + " FROM articles WHERE " + where);
        query.setObject(1, key);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    static Article read(ResultSet rows) throws SQLException {
        return read(rows, ArticleText.of(rows.getString("text")));
    }

    /** The row's article with its text kept as the UTF-8 the workspace stores, for an export to write as it is. */
    static Article readStored(ResultSet rows) throws SQLException {
        return read(rows, ArticleText.ofStored(rows.getBytes("text")));
    }

    private static Article read(ResultSet rows, ArticleText text) throws SQLException {
        return new Article(rows.getLong("id"), rows.getString("external_id"), rows.getString("title"),
                rows.getString("source_name"), text, rows.getString("sha256"),
                ScriptDirection.fromCode(rows.getString("direction")), rows.getString("meta"),
                Times.get(rows, "imported_at"));
    }

    static List<ArticleSummary> summaries(Connection connection) throws SQLException {
        List<ArticleSummary> summaries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT ar.id, ar.external_id, ar.title, length(ar.text) AS characters,
                       (SELECT count(*) FROM annotations an WHERE an.article_id = ar.id) AS annotations
                FROM articles ar ORDER BY ar.id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                summaries.add(new ArticleSummary(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), rows.getInt(5)));
            }
        }
        return summaries;
    }
}
