package app.hamish.store;

import app.hamish.model.AuditEntry;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * SQL for the append-only audit log. Entries are written in the transaction of the change they record, so the log
 * never claims a change that was rolled back, nor misses one that was committed.
 */
final class AuditRows {
    /** The actions that change an annotation's row, as an SQL list: its last change is the latest of these. */
    static final String CHANGES = "'created', 'edited', 'reverted', 'merged_change'";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditRows() {
    }

    private static final String INSERT = """
            INSERT INTO audit_log (uuid, at, actor_id, action, article_id, annotation_uuid, details)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    static void append(Connection connection, Instant at, long actorId, String action, Long articleId,
                       String annotationUuid, String details) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            append(insert, at, actorId, action, articleId, annotationUuid, details);
        }
    }

    /** As {@link #append(Connection, Instant, long, String, Long, String, String)}, through the kept statement. */
    static void append(KeptStatements kept, Connection connection, Instant at, long actorId, String action,
                       Long articleId, String annotationUuid, String details) throws SQLException {
        append(kept.prepare(connection, INSERT), at, actorId, action, articleId, annotationUuid, details);
    }

    private static void append(PreparedStatement insert, Instant at, long actorId, String action, Long articleId,
                               String annotationUuid, String details) throws SQLException {
        insert.setString(1, newUuid());
        Times.set(insert, 2, at);
        insert.setLong(3, actorId);
        insert.setString(4, action);
        insert.setObject(5, articleId);
        insert.setString(6, annotationUuid);
        insert.setString(7, details == null ? "" : details);
        insert.executeUpdate();
    }

    /**
     * A new row's uuid: 32 hex digits in UUID version 7's layout (RFC 9562), the time in milliseconds first and 74
     * random bits after, so that uuids made later sort later. The unique indexes on the uuids of annotations and
     * audit entries then grow at their end, on a page the last commit left in the cache, instead of at a random page
     * of a large index that must be read and, every few dozen commits, split (decision 0037).
     */
    static String newUuid() {
        return newUuid(System.currentTimeMillis());
    }

    static String newUuid(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    /** In the order the actions happened; {@code articleId} null means the whole workspace. */
    static void read(Connection connection, Long articleId, Consumer<AuditEntry> sink) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT l.id, l.at, an.name, l.action, ar.external_id, l.annotation_uuid, l.details
                FROM audit_log l JOIN annotators an ON an.id = l.actor_id
                LEFT JOIN articles ar ON ar.id = l.article_id
                WHERE CAST(? AS BIGINT) IS NULL OR l.article_id = ? ORDER BY l.id""")) {
            query.setObject(1, articleId);
            query.setObject(2, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new AuditEntry(rows.getLong(1), Times.get(rows, 2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
        }
    }
}
