package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL: a write transaction first takes transaction-scoped advisory locks, so that each check a write makes
 * sees every commit before it (READ COMMITTED takes a snapshot per statement). A write of the whole workspace
 * (import, merge, labels, people) takes the writer lock alone, so it runs by itself, as SQLite's {@code BEGIN
 * IMMEDIATE} makes every write; a write of one article's rows (an annotation, a review step) shares the writer lock
 * and takes that article's lock alone, so analysts on different articles commit side by side (decision 0033).
 * Reads see one snapshot (REPEATABLE READ).
 */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The advisory lock's key, per database: "HMSH" in ASCII, as SQLite's application id. */
    static final long WRITER_LOCK = 0x484D5348L;

    /**
     * The first key of an article's lock, in the two-key space, which the writer lock's one-key space does not
     * overlap; the second is the article id folded into 32 bits (two articles sharing a key only wait for each other).
     */
    private static final int ARTICLE_LOCKS = (int) WRITER_LOCK;

    private PostgresDialect() {
    }

    /** One statement, one round trip: the driver sends both parts before it waits for the server's answer. */
    @Override
    public List<String> beginWrite() {
        return List.of("BEGIN; SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
    }

    /** In ascending order, as every article write takes them, so two writes never hold each other's. */
    @Override
    public List<String> beginArticleWrite(List<Long> articleIds) {
        StringBuilder begin = new StringBuilder("BEGIN; SELECT pg_advisory_xact_lock_shared(" + WRITER_LOCK + ")");
        articleIds.forEach(id -> begin.append(", ").append(articleLock(id)));
        return List.of(begin.toString());
    }

    @Override
    public Optional<String> tryWriteLock() {
        return Optional.of("SELECT pg_try_advisory_xact_lock(" + WRITER_LOCK + ")");
    }

    @Override
    public Optional<String> claimArticle(long articleId) {
        return Optional.of("SELECT " + articleLock(articleId));
    }

    @Override
    public String tryClaimArticle(long articleId) {
        return "SELECT pg_try_advisory_xact_lock(" + articleLockKeys(articleId) + ")";
    }

    private static String articleLock(long articleId) {
        return "pg_advisory_xact_lock(" + articleLockKeys(articleId) + ")";
    }

    private static String articleLockKeys(long articleId) {
        return ARTICLE_LOCKS + ", " + (int) (articleId ^ articleId >>> 32);
    }

    @Override
    public String beginRead() {
        return "BEGIN ISOLATION LEVEL REPEATABLE READ";
    }

    /**
     * The driver reads through a cursor only with autocommit off. The transaction is open already (its BEGIN was
     * sent), so turning autocommit off sends nothing; turning it back on commits that read-only transaction, and the
     * read's own COMMIT then finds none, which the server only warns about.
     */
    @Override
    public <T> T inBatches(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
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
        if (state.equals("40P01")) {
            // Article locks are claimed so that they never wait in a circle (decision 0044); rows may still.
            return "another change was being saved at the same moment and each waited for the other (the server"
                    + " stopped this one); try again";
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
