package app.hamish.store;

import app.hamish.model.AnnotatedText;
import app.hamish.model.ArticleText;
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
import java.util.LinkedHashSet;
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
     * reviewer rejected.
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
        Set<AnnotatedText> texts = new LinkedHashSet<>();
        sliced(connection, """
                SELECT an.article_id, an.start_cp, an.end_cp, l.name, an.subtype
                FROM annotations an
                JOIN labels l ON l.id = an.label_id
                LEFT JOIN review_decisions d ON d.annotation_id = an.id
                WHERE %s AND (d.decision IS NULL OR d.decision <> 'rejected')
                ORDER BY an.article_id""".formatted(where), arguments,
                (text, rows) -> texts.add(new AnnotatedText(text, rows.getString(4), rows.getString(5))));
        return List.copyOf(texts);
    }

    /** The words of every suggestion rejected in the workspace, with its label and source, one row a rejection. */
    static List<RejectedText> rejectedTexts(Connection connection) throws SQLException {
        List<RejectedText> texts = new ArrayList<>();
        sliced(connection, """
                SELECT article_id, start_cp, end_cp, label, source FROM suggestion_rejections ORDER BY article_id""",
                new long[0], (text, rows) -> texts.add(new RejectedText(text, rows.getString(4), rows.getString(5))));
        return texts;
    }

    /** What is made of one row's words. */
    private interface SlicedRow {
        void take(String text, ResultSet row) throws SQLException;
    }

    /**
     * Gives each row (article id, start, end, …; ordered by article) with the words of its span, each article's text
     * read once and cut in Java: a substr in SQL walks a long text from its start for every row, which on a
     * 1,000,000-character article with 10,000 annotations took seconds, holding the workspace meanwhile.
     */
    private static void sliced(Connection connection, String query, long[] arguments, SlicedRow row)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query);
             PreparedStatement textOf = connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            for (int i = 0; i < arguments.length; i++) {
                select.setLong(i + 1, arguments[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                long articleId = -1;
                ArticleText text = null;
                while (rows.next()) {
                    if (text == null || rows.getLong(1) != articleId) {
                        articleId = rows.getLong(1);
                        text = textOf(textOf, articleId);
                    }
                    Span span = new Span(rows.getInt(2), rows.getInt(3));
                    if (text.contains(span)) {
                        row.take(text.slice(span), rows);
                    }
                }
            }
        }
    }

    private static ArticleText textOf(PreparedStatement textOf, long articleId) throws SQLException {
        textOf.setLong(1, articleId);
        try (ResultSet rows = textOf.executeQuery()) {
            return ArticleText.of(rows.next() ? rows.getString(1) : "");
        }
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
