package app.hamish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements every commit of an annotation runs, prepared once per connection and kept for the next
 * transaction; and, for an import's length, its inserts of many rows (decision 0098). Preparing compiles the
 * statement with every check, key and trigger of its tables, which cost a commit more processor time than running it
 * (decision 0046). A kept statement is not closed by its user, only its result sets, which leaves it reset and
 * ready; all of them are closed with the connection, or an import's when the import ends.
 */
final class KeptStatements implements AutoCloseable {
    private final Map<String, PreparedStatement> bySql = new HashMap<>();
    /** The connection the kept statements belong to; a server's lost connection is replaced, and they with it. */
    private Connection preparedOn;

    /** The statement for {@code sql} on this connection, with its parameters cleared. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (connection != preparedOn) {
            forget();
            preparedOn = connection;
        }
        PreparedStatement statement = bySql.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            bySql.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Lets go of the statements of a connection that was lost: they went with it. */
    void forget() {
        bySql.clear();
        preparedOn = null;
    }

    /** Closes the statements, before their connection closes; the first failure is thrown, the rest added to it. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : bySql.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        forget();
        if (failure != null) {
            throw failure;
        }
    }
}
