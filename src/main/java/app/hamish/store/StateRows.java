package app.hamish.store;

import app.hamish.model.LayerState;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL for the review state of each annotator's layer of each article; a missing row means NEW. */
final class StateRows {
    private StateRows() {
    }

    private static final String STATE = "SELECT state FROM article_states WHERE article_id = ? AND annotator_id = ?";

    /**
     * A layer leaves NEW, which it is in while it has no row (or a row that says so): the row is added, or moved if
     * it still says NEW. No row changes when the layer has moved on.
     */
    private static final String LEAVE_NEW = """
            INSERT INTO article_states (article_id, annotator_id, state, comment, updated_at, version, changed_at,
                                        changed_by)
            VALUES (?, ?, ?, ?, ?, 1, ?, ?)
            ON CONFLICT (article_id, annotator_id) DO UPDATE SET state = excluded.state,
                comment = excluded.comment, updated_at = excluded.updated_at,
                version = article_states.version + 1, changed_at = excluded.changed_at,
                changed_by = excluded.changed_by
            WHERE article_states.state = 'new'""";

    /** A layer in any other state has a row, moved only if it is still in the transition's starting state. */
    private static final String MOVE = """
            UPDATE article_states SET state = ?, comment = ?, updated_at = ?, version = version + 1, changed_at = ?,
                changed_by = ?
            WHERE article_id = ? AND annotator_id = ? AND state = ?""";

    private static final String ANNOTATOR_NAME = "SELECT name FROM annotators WHERE id = ?";

    static WorkflowState stateOf(KeptStatements kept, Connection connection, long articleId, long annotatorId)
            throws SQLException {
        PreparedStatement query = kept.prepare(connection, STATE);
        query.setLong(1, articleId);
        query.setLong(2, annotatorId);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? WorkflowState.fromCode(rows.getString(1)) : WorkflowState.NEW;
        }
    }

    /**
     * Moves the layer if it is still at {@code readVersion} (null: whatever it is at; 0: never moved) and in the
     * transition's starting state, and records it in the audit log.
     *
     * @throws ChangedSinceException if the layer moved since {@code readVersion} was read
     */
    static void apply(KeptStatements kept, Connection connection, long articleId, long annotatorId,
                      WorkflowTransition transition, Long readVersion, long actorId, String comment, Instant now)
            throws SQLException {
        if (readVersion != null) {
            requireVersion(connection, articleId, annotatorId, readVersion);
        }
        // The state is checked by the write itself, which moves the layer only from the transition's starting state:
        // that condition is what guards. The service's rules read the state just before, through their own seam,
        // only to refuse in the user's words; reading it here as well cost every layer's first annotation a statement.
        if (!moved(kept, connection, articleId, annotatorId, transition, actorId, comment == null ? "" : comment,
                now)) {
            WorkflowState current = stateOf(kept, connection, articleId, annotatorId);
            throw new ConflictException("cannot " + transition.code().replace('_', ' ') + ": the article is "
                    + current.code().replace('_', ' ') + ", not " + transition.from().code().replace('_', ' '));
        }
        AuditRows.append(kept, connection, now, actorId, transition.pastTense(), articleId, null,
                "layer of " + annotatorName(kept, connection, annotatorId)
                        + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    /** Writes the transition if the layer is in its starting state; returns whether it was. */
    private static boolean moved(KeptStatements kept, Connection connection, long articleId, long annotatorId,
                                 WorkflowTransition transition, long actorId, String comment, Instant now)
            throws SQLException {
        if (transition.from() == WorkflowState.NEW) {
            PreparedStatement leave = kept.prepare(connection, LEAVE_NEW);
            leave.setLong(1, articleId);
            leave.setLong(2, annotatorId);
            leave.setString(3, transition.to().code());
            leave.setString(4, comment);
            Times.set(leave, 5, now);
            Times.set(leave, 6, now);
            leave.setLong(7, actorId);
            return leave.executeUpdate() == 1;
        }
        PreparedStatement move = kept.prepare(connection, MOVE);
        move.setString(1, transition.to().code());
        move.setString(2, comment);
        Times.set(move, 3, now);
        Times.set(move, 4, now);
        move.setLong(5, actorId);
        move.setLong(6, articleId);
        move.setLong(7, annotatorId);
        move.setString(8, transition.from().code());
        return move.executeUpdate() == 1;
    }

    private static void requireVersion(Connection connection, long articleId, long annotatorId, long readVersion)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.version, s.changed_at, n.name FROM article_states s
                LEFT JOIN annotators n ON n.id = s.changed_by WHERE s.article_id = ? AND s.annotator_id = ?""")) {
            query.setLong(1, articleId);
            query.setLong(2, annotatorId);
            try (ResultSet rows = query.executeQuery()) {
                // A layer is never put back to NEW, so one read as never moved (0) has moved if it has a row now.
                if (rows.next() && rows.getLong(1) != readVersion) {
                    String by = rows.getString(3);
                    throw new ChangedSinceException("article_states", articleId, by == null ? "?" : by,
                            Times.get(rows, 2));
                }
            }
        }
    }

    private static String annotatorName(KeptStatements kept, Connection connection, long annotatorId)
            throws SQLException {
        PreparedStatement query = kept.prepare(connection, ANNOTATOR_NAME);
        query.setLong(1, annotatorId);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : "#" + annotatorId;
        }
    }

    static List<LayerState> ofArticle(Connection connection, long articleId) throws SQLException {
        List<LayerState> states = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.article_id, s.annotator_id, s.state, s.comment, s.updated_at, s.version, n.name
                FROM article_states s LEFT JOIN annotators n ON n.id = s.changed_by
                WHERE s.article_id = ? ORDER BY s.annotator_id""")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.add(new LayerState(rows.getLong(1), rows.getLong(2),
                            WorkflowState.fromCode(rows.getString(3)), rows.getString(4), Times.get(rows, 5),
                            rows.getLong(6), rows.getString(7) == null ? "?" : rows.getString(7)));
                }
            }
        }
        return states;
    }
}
