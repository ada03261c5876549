package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the SQL engines a workspace lives in: how a transaction starts and holds off other writers,
 * and how the engine's errors read. Every statement that reads or writes rows is the same on both (decision 0021).
 */
interface SqlDialect {
    /** Statements that start a write transaction in which no other writer can run. */
    List<String> beginWrite();

    /**
     * A query of one boolean row that takes, without waiting, what {@link #beginWrite} waits for, false when another
     * writer holds it; none on an engine where no other writer can be under way beside this connection's.
     */
    default Optional<String> tryWriteLock() {
        return Optional.empty();
    }

    /**
     * Statements that start a write transaction on the rows of these articles (in ascending order) only: no other
     * writer of the same articles, nor any writer of the whole workspace, runs beside it (decision 0033). An engine
     * with one writer at a time starts an ordinary write.
     */
    default List<String> beginArticleWrite(List<Long> articleIds) {
        return beginWrite();
    }

    /**
     * The statement that adds an article to those an article write holds, waiting for another writer of it; none
     * where a write holds them all.
     */
    default Optional<String> claimArticle(long articleId) {
        return java.util.Optional.empty();
    }

    /**
     * As {@link #claimArticle}, without waiting: a query of one boolean row, false when another write holds the
     * article. Only an engine with a {@link #claimArticle} statement is asked.
     */
    default String tryClaimArticle(long articleId) {
        throw new UnsupportedOperationException("every write holds every article here");
    }

    /**
     * Runs {@code work}, inside a read transaction, so that its queries with a fetch size bring their rows in batches
     * of that size rather than all at once; engines that always do run it as it is.
     */
    default <T> T inBatches(Connection connection, SqlWork<T> work) throws SQLException {
        return work.run(connection);
    }

    /**
     * The SQL for a text parameter bound as its UTF-8 bytes, where the engine stores them as they are; empty where
     * the text is bound as a string (the driver encodes it on the writing thread).
     */
    default Optional<String> textFromUtf8() {
        return Optional.empty();
    }

    /**
     * Runs an import's {@code work}, inside its write transaction, with what the engine needs to hold the pages the
     * import keeps coming back to; as it is where the engine needs nothing.
     */
    default <T> T importing(Connection connection, SqlWork<T> work) throws SQLException {
        return work.run(connection);
    }

    /**
     * The uuids of the audit log as a merge copies entries into it, inside the merge's write transaction: where the
     * log keeps them unique by an index (a server's), the merge's insert skips those it holds and every uuid is new
     * here; SQLite's log keeps no such index (decision 0089), so its uuids are read once for the merge.
     */
    default AuditUuidsHeld auditUuidsHeld(Connection connection) throws SQLException {
        return AuditUuidsHeld.BY_THE_LOGS_INDEX;
    }

    /** The statement that starts a read transaction seeing one committed snapshot. */
    String beginRead();

    /** Why a statement failed, in the user's words; the engine's own message where there are none. */
    String reason(SQLException e);

    /** Whether a failed ROLLBACK only says that the engine had already rolled the transaction back itself. */
    boolean alreadyRolledBack(SQLException rollbackFailure);

    /** Whether the connection is gone (a server that went away); a file's connection never is. */
    default boolean connectionLost(SQLException e) {
        return false;
    }
}
