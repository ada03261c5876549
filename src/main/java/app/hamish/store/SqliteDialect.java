package app.hamish.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** SQLite: {@code BEGIN IMMEDIATE} takes the write lock up front; errors are told by their result codes. */
final class SqliteDialect implements SqlDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_NOTADB = 26;

    private SqliteDialect() {
    }

    /** IMMEDIATE, so that a write never fails half-way with "database is locked" on upgrade from a read lock. */
    @Override
    public List<String> beginWrite() {
        return List.of("BEGIN IMMEDIATE");
    }

    /** SQLite takes a BLOB cast to TEXT as text in the file's encoding, UTF-8, byte for byte. */
    @Override
    public Optional<String> textFromUtf8() {
        return Optional.of("CAST(? AS TEXT)");
    }

    /**
     * An import's page cache: SQLite's default (2,000 KiB, about 500 pages) holds less than one statement's rows
     * (500 articles of a few KB, decision 0043) beside the pages of the two unique indexes, whose hash index is
     * written at random places. Each such index page was spilled to the WAL and read back many times an import, and
     * each page rewritten in the WAL made the commit read the WAL again to rewrite its checksums (decision 0061).
     * 16 MiB holds the indexes of some 100,000 articles with a statement's rows; it is taken only as pages are
     * dirtied, and given back when the import ends.
     */
    static final int IMPORT_CACHE_KIB = 16 * 1024;

    /** The import's page cache for the work, and the connection's own again after it, whether the work fails or not. */
    @Override
    public <T> T importing(Connection connection, SqlWork<T> work) throws SQLException {
        int own = cacheSize(connection);
        setCacheSize(connection, -IMPORT_CACHE_KIB);
        T result;
        try {
            result = work.run(connection);
        } catch (Throwable failure) {
            // The import's own error is what the analyst must read; a failed restore only travels with it.
            try {
                setCacheSize(connection, own);
            } catch (SQLException restore) {
                failure.addSuppressed(restore);
            }
            throw failure;
        }
        setCacheSize(connection, own);
        return result;
    }

    @Override
    public AuditUuidsHeld auditUuidsHeld(Connection connection) throws SQLException {
        return TemporaryAuditUuids.readFrom(connection);
    }

    /** {@code PRAGMA cache_size}: pages if positive, KiB if negative. */
    static int cacheSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA cache_size")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void setCacheSize(Connection connection, int size) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = " + size);
        }
    }

    @Override
    public String beginRead() {
        return "BEGIN";
    }

    @Override
    public String reason(SQLException e) {
        return switch (primaryCode(e)) {
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_READONLY -> "the workspace file is read-only";
            case SQLITE_BUSY, SQLITE_LOCKED -> "the workspace is busy in another process";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "the workspace file is damaged";
            case SQLITE_IOERR -> "the disk reported an input/output error";
            default -> e.getMessage();
        };
    }

    /** SQLite rolls back by itself after some errors (e.g. a full disk); then there is nothing to undo. */
    @Override
    public boolean alreadyRolledBack(SQLException rollbackFailure) {
        return String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active");
    }

    /** SQLite's primary result code; extended codes such as SQLITE_IOERR_WRITE keep it in their low byte. */
    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }
}
