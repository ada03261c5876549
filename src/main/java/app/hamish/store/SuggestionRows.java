package app.hamish.store;

import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** SQL for the suggestions analysts rejected. */
final class SuggestionRows {
    private SuggestionRows() {
    }

    /** Remembers the rejection and audits it; rejecting the same span and label again changes nothing. */
    static void reject(Connection connection, Suggestion suggestion, Audit audit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO suggestion_rejections (article_id, start_cp, end_cp, label, source, annotator_id,
                                                   rejected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            insert.setLong(1, suggestion.articleId());
            insert.setInt(2, suggestion.span().start());
            insert.setInt(3, suggestion.span().end());
            insert.setString(4, suggestion.label());
            insert.setString(5, suggestion.source().code());
            insert.setLong(6, audit.actorId());
            Times.set(insert, 7, audit.at());
            if (insert.executeUpdate() == 0) {
                return;
            }
        }
        AuditRows.append(connection, audit.at(), audit.actorId(), audit.action(), suggestion.articleId(), null,
                "%s [%d, %d) %s: %s".formatted(suggestion.label(), suggestion.span().start(), suggestion.span().end(),
                        suggestion.source().code(), suggestion.cue()));
    }

    static Set<Rejection> ofArticle(Connection connection, long articleId) throws SQLException {
        Set<Rejection> rejected = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT start_cp, end_cp, label FROM suggestion_rejections WHERE article_id = ?")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rejected.add(new Rejection(new Span(rows.getInt(1), rows.getInt(2)), rows.getString(3)));
                }
            }
        }
        return rejected;
    }
}
