package app.hamish.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The single connection to a workspace. Every write runs in a transaction that holds off other writers from its
 * start (see {@link SqlDialect#beginWrite()}) and commits or rolls back and rethrows; reads run in a transaction of
 * their own so that multi-statement reads see one snapshot. A server's connection that is lost is let go, and the
 * next transaction connects again (decision 0025).
 */
final class Database implements AutoCloseable {
    /** How a lost connection is replaced. */
    interface Reconnect {
        Connection connect() throws SQLException;
    }

    /** Null after the server's connection was lost, until the next transaction connects again. */
    private Connection connection;
    private final String location;
    private final SqlDialect dialect;
    /** Null for a file, whose connection is never lost. */
    private final Reconnect reconnect;
    /**
     * Set by {@link #close}: from then on every statement is refused before it is sent. A closed server connection
     * otherwise reads as a lost one, and the next transaction would connect again and write to a closed workspace.
     */
    private boolean closed;
    private final KeptStatements kept = new KeptStatements();

    SqlDialect dialect() {
        return dialect;
    }

    Database(Connection connection, String location, SqlDialect dialect) {
        this(connection, location, dialect, null);
    }

    Database(Connection connection, String location, SqlDialect dialect, Reconnect reconnect) {
        this.connection = connection;
        this.location = location;
        this.dialect = dialect;
        this.reconnect = reconnect;
    }

    /** The statements every commit runs, kept prepared on this connection: use them only inside a transaction. */
    KeptStatements kept() {
        return kept;
    }

    /** Transactions this thread has open on the connection: nested writes and reads join the outermost one. */
    private int depth;

    /**
     * Articles whose rows the open write holds (see {@link #writeIn}), in ascending order; null when no article
     * write is open, as in a write of the whole workspace, which holds them all.
     */
    private NavigableSet<Long> heldArticles;

    /**
     * More articles than this in one write hold the whole workspace instead: each article's lock takes a place in the
     * server's shared lock table, which is sized for dozens per transaction, not thousands.
     */
    static final int MOST_ARTICLE_LOCKS = 32;

    synchronized <T> T write(String what, SqlWork<T> work) {
        return depth > 0 ? joined(what, work) : inTransaction(dialect.beginWrite(), what, work);
    }

    /**
     * As {@link #write}, for work that may as well not be done (derived data): when another writer holds the
     * workspace, nothing is done and false returned at once, so that this connection, and a close waiting for it,
     * never waits behind another client's long write.
     */
    synchronized boolean writeIfFree(String what, SqlWork<?> work) {
        Optional<String> tryLock = dialect.tryWriteLock();
        if (depth > 0 || tryLock.isEmpty()) {
            write(what, work);
            return true;
        }
        return inTransaction(List.of("BEGIN"), what, connection -> {
            try (Statement statement = connection.createStatement()) {
                if (!taken(statement, tryLock.get())) {
                    return false;
                }
            }
            work.run(connection);
            return true;
        });
    }

    /**
     * As {@link #write}, for work on these articles' rows only: it waits only for writes of the same articles or of
     * the whole workspace, and on a server runs beside writes of other articles (decision 0033). A row of another
     * article that the work touches all the same is claimed when touched ({@link #claim}).
     */
    synchronized <T> T writeIn(Collection<Long> articleIds, String what, SqlWork<T> work) {
        if (depth > 0) {
            return joined(what, work);
        }
        if (articleIds.isEmpty() || articleIds.size() > MOST_ARTICLE_LOCKS) {
            return write(what, work);
        }
        List<Long> ordered = articleIds.stream().distinct().sorted().toList();
        heldArticles = new TreeSet<>(ordered);
        try {
            return inTransaction(dialect.beginArticleWrite(ordered), what, work);
        } finally {
            heldArticles = null;
        }
    }

    /**
     * Makes sure the open article write holds this article before its rows are checked or written; nothing to do in
     * a read, in a write of the whole workspace, or on an engine whose writes hold everything.
     *
     * <p>Every write waits for its articles in ascending order, so no two wait for each other in a circle (decision
     * 0044): an article after every one held is waited for, as {@link #writeIn} waits for those named; one before
     * them is taken only if no other write holds it, and otherwise the write is refused, nothing changed.
     *
     * @throws ConflictException if another write holds an article before those this write holds
     */
    void claim(Connection connection, long articleId) throws SQLException {
        if (heldArticles == null || heldArticles.contains(articleId)) {
            return;
        }
        Optional<String> lock = dialect.claimArticle(articleId);
        if (lock.isPresent()) {
            try (Statement statement = connection.createStatement()) {
                if (articleId > heldArticles.last()) {
                    statement.execute(lock.get());
                } else if (!taken(statement, dialect.tryClaimArticle(articleId))) {
                    throw new ConflictException("Could not save the changes in " + location + ": article "
                            + articleId + " is being changed by another write at the same moment. Nothing was"
                            + " changed; try again.");
                }
            }
        }
        heldArticles.add(articleId);
    }

    private static boolean taken(Statement statement, String tryLock) throws SQLException {
        try (ResultSet rows = statement.executeQuery(tryLock)) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    synchronized <T> T read(String what, SqlWork<T> work) {
        if (depth > 0) {
            return joined(what, work);
        }
        try {
            return inTransaction(List.of(dialect.beginRead()), what, work);
        } catch (StoreException e) {
            if (reconnect == null || !lostConnection(e)) {
                throw e;
            }
            // A read changes nothing, so it may run again: the connection it found had been lost while idle.
            return inTransaction(List.of(dialect.beginRead()), what, work);
        }
    }

    /** As {@link #read}, for reads of more rows than memory holds: statements with a fetch size read in batches. */
    synchronized <T> T readInBatches(String what, SqlWork<T> work) {
        return read(what, connection -> dialect.inBatches(connection, work));
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
        refuseIfClosed(what);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    private <T> T inTransaction(List<String> begin, String what, SqlWork<T> work) {
        refuseIfClosed(what);
        try {
            begin(begin.getFirst());
        } catch (SQLException e) {
            if (lostConnection(e)) {
                letGo(e);
            } else if (connection != null) {
                // A first statement that also takes locks may fail after its BEGIN: nothing may stay open.
                rollbackAfter(e);
            }
            throw translate(what, e);
        }
        depth++;
        boolean committing = false;
        try {
            for (String statement : begin.subList(1, begin.size())) {
                execute(statement);
            }
            T result = work.run(connection);
            committing = true;
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            if (lostConnection(e)) {
                letGo(e);
                if (committing) {
                    throw outcomeUnknown(what, e);
                }
            } else {
                rollbackAfter(e);
            }
            throw e instanceof SQLException sql ? translate(what, sql) : rethrowUnchecked(e);
        } finally {
            depth--;
        }
    }

    /**
     * Starts a transaction, connecting again first if the connection was lost; a connection found lost by the
     * first statement (it went while idle) is replaced once, as nothing of the transaction has been sent yet.
     */
    private void begin(String statement) throws SQLException {
        if (connection == null) {
            connection = reconnect.connect();
        }
        try {
            execute(statement);
        } catch (SQLException e) {
            if (reconnect == null || !lostConnection(e)) {
                throw e;
            }
            letGo(e);
            connection = reconnect.connect();
            execute(statement);
        }
    }

    private void refuseIfClosed(String what) {
        if (closed) {
            throw new WorkspaceClosedException("Could not " + what + " in " + location + ": the workspace is closed.");
        }
    }

    /** Whether {@code failure}, or what caused it, says the connection is gone. */
    private boolean lostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && dialect.connectionLost(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The server has rolled back whatever was open; the connection is closed and the next transaction reconnects. */
    private void letGo(Throwable failure) {
        if (reconnect == null) {
            return;
        }
        kept.forget();
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
        connection = null;
    }

    /**
     * The connection went while COMMIT was on its way: the server may or may not have committed. Reported as not
     * saved; what the server holds is read again once connected (decision 0025).
     */
    private StoreException outcomeUnknown(String what, Throwable e) {
        return new StoreException("Could not " + what + " in " + location + ": the connection to the server was lost"
                + " as the change was being committed, so it may not have been saved. It is shown as not saved; the"
                + " workspace is read again once the connection is back.", e);
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
        if (closed) {
            // Copied when it closed; closing again has nothing left to copy.
            return null;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            return null;
        } catch (SQLException e) {
            return dialect.reason(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection == null) {
            return;
        }
        try (Connection closing = connection) {
            kept.close();
        } catch (SQLException e) {
            throw translate("close the workspace", e);
        } finally {
            connection = null;
        }
    }
}
