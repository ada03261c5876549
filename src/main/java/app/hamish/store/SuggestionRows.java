package app.hamish.store;

import app.hamish.model.AnnotatedText;
import app.hamish.model.RejectedText;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * The distinct strings annotated in every article but one, with label and subtype, leaving out annotations a
     * reviewer rejected. SQLite's substr counts characters, that is code points, as spans do.
     */
    static List<AnnotatedText> annotatedOutside(Connection connection, long articleId) throws SQLException {
        return annotated(connection, "an.article_id <> ?", articleId);
    }

    /** The distinct strings annotated in every article, with label and subtype, as {@link #annotatedOutside}. */
    static List<AnnotatedText> annotatedAnywhere(Connection connection) throws SQLException {
        return annotated(connection, "1 = 1");
    }

    private static List<AnnotatedText> annotated(Connection connection, String where, long... arguments)
            throws SQLException {
        List<AnnotatedText> texts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT DISTINCT substr(ar.text, an.start_cp + 1, an.end_cp - an.start_cp), l.name, an.subtype
                FROM annotations an
                JOIN articles ar ON ar.id = an.article_id
                JOIN labels l ON l.id = an.label_id
                LEFT JOIN review_decisions d ON d.annotation_id = an.id
                WHERE %s AND (d.decision IS NULL OR d.decision <> 'rejected')""".formatted(where))) {
            for (int i = 0; i < arguments.length; i++) {
                select.setLong(i + 1, arguments[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    texts.add(new AnnotatedText(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return texts;
    }

    /** The words of every suggestion rejected in the workspace, with its label and source, one row a rejection. */
    static List<RejectedText> rejectedTexts(Connection connection) throws SQLException {
        List<RejectedText> texts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT substr(ar.text, r.start_cp + 1, r.end_cp - r.start_cp), r.label, r.source
                FROM suggestion_rejections r
                JOIN articles ar ON ar.id = r.article_id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                texts.add(new RejectedText(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return texts;
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
