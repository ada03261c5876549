package app.hamish.store;

import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL: a write transaction first takes one transaction-scoped advisory lock, so writers from every client
 * run one at a time, as SQLite's {@code BEGIN IMMEDIATE} makes them; each check a write makes then sees every
 * commit before it (READ COMMITTED takes a snapshot per statement). Reads see one snapshot (REPEATABLE READ).
 */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The advisory lock's key, per database: "HMSH" in ASCII, as SQLite's application id. */
    static final long WRITER_LOCK = 0x484D5348L;

    private PostgresDialect() {
    }

    @Override
    public List<String> beginWrite() {
        return List.of("BEGIN", "SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
    }

    @Override
    public String beginRead() {
        return "BEGIN ISOLATION LEVEL REPEATABLE READ";
    }

    /** By SQLSTATE class (postgresql.org/docs/current/errcodes-appendix.html). */
    @Override
    public String reason(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (connectionLost(e)) {
            return "the connection to the server was lost";
        }
        if (state.equals("53100")) {
            return "the server's disk is full";
        }
        if (state.equals(NotAllowedException.SQL_STATE)) {
            return "the server does not allow it (" + serverSentence(e) + ")";
        }
        return e.getMessage();
    }

    /** The server's own sentence, without the driver's "ERROR:" and the PL/pgSQL context lines after it. */
    private static String serverSentence(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException server && server.getServerErrorMessage() != null) {
            return server.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    /** Class 08 (connection exception), or the server shutting down or terminating this backend (57P01-03). */
    @Override
    public boolean connectionLost(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** PostgreSQL only warns about a ROLLBACK outside a transaction; a failed one means the connection is gone. */
    @Override
    public boolean alreadyRolledBack(SQLException rollbackFailure) {
        return false;
    }
}
