package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The single connection to a workspace. Every write runs in a transaction that holds off other writers from its
 * start (see {@link SqlDialect#beginWrite()}) and commits or rolls back and rethrows; reads run in a transaction of
 * their own so that multi-statement reads see one snapshot.
 */
final class Database implements AutoCloseable {
    private final Connection connection;
    private final String location;
    private final SqlDialect dialect;

    Database(Connection connection, String location, SqlDialect dialect) {
        this.connection = connection;
        this.location = location;
        this.dialect = dialect;
    }

    /** Transactions this thread has open on the connection: nested writes and reads join the outermost one. */
    private int depth;

    synchronized <T> T write(String what, SqlWork<T> work) {
        return depth > 0 ? joined(what, work) : inTransaction(dialect.beginWrite(), what, work);
    }

    synchronized <T> T read(String what, SqlWork<T> work) {
        return depth > 0 ? joined(what, work) : inTransaction(List.of(dialect.beginRead()), what, work);
    }

    /**
     * Runs several writes as one transaction: they commit together when {@code work} returns, or none of them does
     * when it throws.
     */
    synchronized <T> T atomically(String what, java.util.function.Supplier<T> work) {
        return write(what, connection -> work.get());
    }

    private <T> T joined(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** For statements SQLite refuses inside a transaction, such as {@code VACUUM INTO}. */
    synchronized <T> T outsideTransaction(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    private <T> T inTransaction(List<String> begin, String what, SqlWork<T> work) {
        try {
            execute(begin.getFirst());
        } catch (SQLException e) {
            throw translate(what, e);
        }
        depth++;
        try {
            for (String statement : begin.subList(1, begin.size())) {
                execute(statement);
            }
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackAfter(e);
            throw e instanceof SQLException sql ? translate(what, sql) : rethrowUnchecked(e);
        } finally {
            depth--;
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            if (!dialect.alreadyRolledBack(rollbackFailure)) {
                failure.addSuppressed(rollbackFailure);
            }
        }
    }

    private static RuntimeException rethrowUnchecked(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) e;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    StoreException translate(String what, SQLException e) {
        if (NotAllowedException.SQL_STATE.equals(e.getSQLState())) {
            return new NotAllowedException("Could not " + what + " in " + location + ": " + dialect.reason(e)
                    + ". Nothing was changed.", e);
        }
        return new StoreException("Could not " + what + " in " + location + ": " + dialect.reason(e)
                + ". Nothing was changed.", e);
    }

    /**
     * Copies what the WAL holds into the main file, and returns why that failed (a full disk, an I/O error), or
     * null. SQLite's own checkpoint after each commit fails silently; this one says so. A checkpoint held back by a
     * reader's older snapshot is no failure: the last connection to close completes it.
     */
    synchronized String checkpointFailure() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            return null;
        } catch (SQLException e) {
            return dialect.reason(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate("close the workspace", e);
        }
    }
}
