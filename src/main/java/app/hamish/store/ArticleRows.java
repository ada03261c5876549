package app.hamish.store;

import app.hamish.model.Article;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.model.ScriptDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code articles} table. */
final class ArticleRows {
    static final String COLUMNS = "id, external_id, title, source_name, text, sha256, direction, meta, imported_at";

    private ArticleRows() {
    }

    static ImportReport insert(Connection connection, List<NewArticle> batch, Instant now) throws SQLException {
        List<Article> imported = new ArrayList<>();
        List<ImportReport.Duplicate> skipped = new ArrayList<>();
        try (PreparedStatement bySha = connection.prepareStatement(
                     "SELECT external_id FROM articles WHERE sha256 = ?");
             PreparedStatement byId = connection.prepareStatement(
                     "SELECT source_name FROM articles WHERE external_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO articles (external_id, title, source_name, text, sha256, direction, meta,"
                             + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (NewArticle article : batch) {
                String sha = article.sha256();
                Optional<String> sameText = firstString(bySha, sha);
                if (sameText.isPresent()) {
                    skipped.add(new ImportReport.Duplicate(article, sameText.get()));
                    continue;
                }
                Optional<String> sameId = firstString(byId, article.externalId());
                if (sameId.isPresent()) {
                    throw new ConflictException("article id '" + article.externalId() + "' from "
                            + article.sourceName() + " is already used by a different article (from "
                            + sameId.get() + "); rename the file or give the article another id");
                }
                ScriptDirection direction = article.direction();
                insert.setString(1, article.externalId());
                insert.setString(2, article.title());
                insert.setString(3, article.sourceName());
                insert.setString(4, article.text().value());
                insert.setString(5, sha);
                insert.setString(6, direction.code());
                insert.setString(7, article.metaJson());
                Times.set(insert, 8, now);
                long id;
                try (ResultSet keys = insert.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                imported.add(new Article(id, article.externalId(), article.title(), article.sourceName(),
                        article.text(), sha, direction, article.metaJson(), Times.truncate(now)));
            }
        }
        return new ImportReport(imported, skipped);
    }

    private static Optional<String> firstString(PreparedStatement query, String parameter) throws SQLException {
        query.setString(1, parameter);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    static Optional<Article> find(Connection connection, String where, Object key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE " + where)) {
            query.setObject(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    static Article read(ResultSet rows) throws SQLException {
        return new Article(rows.getLong("id"), rows.getString("external_id"), rows.getString("title"),
                rows.getString("source_name"), ArticleText.of(rows.getString("text")), rows.getString("sha256"),
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
