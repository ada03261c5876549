package app.hamish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A SQLite log's uuids for one merge, in a temporary table of the merge's connection: the log keeps no index of its
 * uuids (decision 0089), so they are read once, in id order, which for uuids made in time order (decision 0037)
 * fills the table at its end. It is made inside the merge's transaction and dropped once the entries are copied.
 */
final class TemporaryAuditUuids implements AuditUuidsHeld {
    private final Connection connection;
    private final PreparedStatement take;

    private TemporaryAuditUuids(Connection connection, PreparedStatement take) {
        this.connection = connection;
        this.take = take;
    }

    static TemporaryAuditUuids readFrom(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE merge_audit_uuids (uuid TEXT PRIMARY KEY) WITHOUT ROWID");
            // OR IGNORE: a file written by another program may hold a uuid twice; it is held once all the same.
            statement.execute("INSERT OR IGNORE INTO temp.merge_audit_uuids (uuid)"
                    + " SELECT uuid FROM main.audit_log ORDER BY id");
        }
        return new TemporaryAuditUuids(connection,
                connection.prepareStatement("INSERT OR IGNORE INTO temp.merge_audit_uuids (uuid) VALUES (?)"));
    }

    @Override
    public boolean takeIfNew(String uuid) throws SQLException {
        take.setString(1, uuid);
        return take.executeUpdate() == 1;
    }

    @Override
    public void close() throws SQLException {
        try (take; Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE temp.merge_audit_uuids");
        }
    }
}
