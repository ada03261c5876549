package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The single connection to a workspace file. Every write runs in a {@code BEGIN IMMEDIATE} transaction (so it
 * never fails half-way with "database is locked" on upgrade from a read lock) that commits or rolls back and
 * rethrows; reads run in a deferred transaction so that multi-statement reads see one snapshot.
 */
final class Database implements AutoCloseable {
    private final Connection connection;
    private final String location;

    Database(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /** Transactions this thread has open on the connection: nested writes and reads join the outermost one. */
    private int depth;

    synchronized <T> T write(String what, SqlWork<T> work) {
        return depth > 0 ? joined(what, work) : inTransaction("BEGIN IMMEDIATE", what, work);
    }

    synchronized <T> T read(String what, SqlWork<T> work) {
        return depth > 0 ? joined(what, work) : inTransaction("BEGIN", what, work);
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

    private <T> T inTransaction(String begin, String what, SqlWork<T> work) {
        try {
            execute(begin);
        } catch (SQLException e) {
            throw translate(what, e);
        }
        depth++;
        try {
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
            // SQLite rolls back by itself after some errors (e.g. a full disk); then there is nothing to undo.
            if (!String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active")) {
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
        return new StoreException("Could not " + what + " in " + location + ": " + reason(e)
                + ". Nothing was changed.", e);
    }

    private static String reason(SQLException e) {
        return switch (primaryCode(e)) {
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_READONLY -> "the workspace file is read-only";
            case SQLITE_BUSY, SQLITE_LOCKED -> "the workspace is busy in another process";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "the workspace file is damaged";
            case SQLITE_IOERR -> "the disk reported an input/output error";
            default -> e.getMessage();
        };
    }

    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_NOTADB = 26;

    /** SQLite's primary result code; extended codes such as SQLITE_IOERR_WRITE keep it in their low byte. */
    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
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
            return reason(e);
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
