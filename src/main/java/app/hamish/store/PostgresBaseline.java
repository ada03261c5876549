package app.hamish.store;

import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.ServerAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What the server itself does for the work a server workspace does, for the bench to measure Hamish against
 * (decision 0026): plain JDBC through the same driver to the same server, on tables with the columns of
 * {@code articles} and {@code annotations} and nothing else (no checks, keys, indexes, audit log, writer lock or
 * lookups), in a schema of their own that is dropped again. Each instance is one client: its own connection.
 */
public final class PostgresBaseline implements AutoCloseable {
    static final String SCHEMA = "hamish_bench_limit";
    /** Not the workspace's own channel, so that no client of the workspace hears the baseline's notices. */
    private static final String NOTICE_CHANNEL = "hamish_bench_limit";
    private static final int NOTICE_WAIT_MILLIS = 10_000;
    private static final String INSERT_ANNOTATION = """
            INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label, subtype, note, provenance,
                                     created_at, updated_at, uuid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final ServerAddress address;
    private final Connection connection;
    private final PreparedStatement insertAnnotation;
    /** Listens for the baseline's notices once the first is sent; closed with this client. */
    private Connection listener;
    /** Whether closing this client drops the schema: the one that created it does. */
    private final boolean owner;

    private PostgresBaseline(ServerAddress address, Connection connection, boolean owner) throws SQLException {
        this.address = address;
        this.connection = connection;
        this.owner = owner;
        this.insertAnnotation = connection.prepareStatement(INSERT_ANNOTATION);
    }

    /** Creates the baseline's schema in the workspace's database (replacing one a killed bench left). */
    public static PostgresBaseline create(ServerAddress address) {
        Connection connection = PostgresWorkspaceStore.connect(address);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("SET search_path TO " + SCHEMA);
            statement.execute("""
                    CREATE TABLE articles (external_id TEXT, title TEXT, source_name TEXT, text TEXT, sha256 TEXT,
                                           direction TEXT, meta TEXT, imported_at BIGINT)""");
            statement.execute("""
                    CREATE TABLE annotations (article_id BIGINT, annotator_id BIGINT, start_cp INTEGER,
                                              end_cp INTEGER, label TEXT, subtype TEXT, note TEXT, provenance TEXT,
                                              created_at BIGINT, updated_at BIGINT, uuid TEXT)""");
            return new PostgresBaseline(address, connection, true);
        } catch (SQLException e) {
            throw failed(connection, address, "create the baseline tables", e);
        }
    }

    /** Another client of the same baseline tables, with its own connection. */
    public PostgresBaseline client() {
        Connection other = PostgresWorkspaceStore.connect(address);
        try (Statement statement = other.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
            return new PostgresBaseline(address, other, false);
        } catch (SQLException e) {
            throw failed(other, address, "connect a baseline client", e);
        }
    }

    /**
     * Inserts the articles' rows in one transaction, as one batch that the driver sends without waiting for each
     * row's answer, and returns the nanoseconds from its start to the end of its commit; the rows' values (hash,
     * direction) are computed before, as they are not the server's work.
     */
    public long insertArticles(List<NewArticle> articles, Instant now) {
        List<Object[]> rows = articles.stream().map(article -> new Object[] {article.externalId(), article.title(),
                article.sourceName(), article.text().value(), article.sha256(), article.direction().code(),
                article.metaJson(), now.toEpochMilli()}).toList();
        long start = System.nanoTime();
        inTransaction("insert the baseline articles", () -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO articles (external_id, title, source_name, text, sha256, direction, meta, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        insert.setObject(column + 1, row[column]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return System.nanoTime() - start;
    }

    /** Adds synthetic annotation rows, in one transaction, until the table holds {@code rows} of them. */
    public void fillAnnotations(long rows, Instant now) {
        inTransaction("fill the baseline annotations", () -> {
            try (PreparedStatement fill = connection.prepareStatement("""
                    INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label, subtype, note,
                                             provenance, created_at, updated_at, uuid)
                    SELECT n % 10000 + 1, 1, n % 2000, n % 2000 + 7, 'CLAIM', NULL, '', 'manual', ?, ?,
                           md5(n::text)
                    FROM generate_series((SELECT count(*) FROM annotations), ? - 1) AS n""")) {
                fill.setLong(1, now.toEpochMilli());
                fill.setLong(2, now.toEpochMilli());
                fill.setLong(3, rows);
                fill.executeUpdate();
            }
        });
    }

    /** Inserts one annotation's row and commits it, as the workbench commits one annotation. */
    public void commitAnnotation(NewAnnotation annotation, Instant now) {
        inTransaction("commit a baseline annotation", () -> {
            insertAnnotation.setLong(1, annotation.articleId());
            insertAnnotation.setLong(2, annotation.annotatorId());
            insertAnnotation.setInt(3, annotation.span().start());
            insertAnnotation.setInt(4, annotation.span().end());
            insertAnnotation.setString(5, annotation.label());
            insertAnnotation.setString(6, annotation.subtype());
            insertAnnotation.setString(7, "");
            insertAnnotation.setString(8, "manual");
            insertAnnotation.setLong(9, now.toEpochMilli());
            insertAnnotation.setLong(10, now.toEpochMilli());
            insertAnnotation.setString(11, AuditRows.newUuid());
            insertAnnotation.executeUpdate();
        });
    }

    /**
     * Reads every article's and annotation's columns that an export writes, from the workspace's own tables, in one
     * transaction as an export does, and returns the nanoseconds it took: the least any export from the server must
     * do, getting its rows over the wire. Read in batches, as a client that does not hold the whole workspace does.
     */
    public long readWorkspaceRows() {
        Connection reader = PostgresWorkspaceStore.connect(address);
        try (reader) {
            reader.setAutoCommit(false);
            long start = System.nanoTime();
            try (Statement statement = reader.createStatement()) {
                statement.setFetchSize(1_000);
                drain(statement, "SELECT id, external_id, title, source_name, text, direction, meta FROM articles");
                drain(statement, "SELECT id, article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,"
                        + " provenance, created_at, updated_at, uuid FROM annotations");
            }
            reader.commit();
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw new StoreException("Could not read the workspace's rows on " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * The nanoseconds from sending a bare {@code NOTIFY} on this client's connection to its arrival on a connection
     * of its own listening for it: the least any change can take to reach another client through the server's
     * notices.
     */
    public long noticeRoundTrip() {
        try (Statement statement = connection.createStatement()) {
            if (listener == null) {
                listener = noticeListener();
            }
            PGConnection listening = listener.unwrap(PGConnection.class);
            long start = System.nanoTime();
            statement.execute("NOTIFY " + NOTICE_CHANNEL + ", 'limit'");
            PGNotification[] arrived = listening.getNotifications(NOTICE_WAIT_MILLIS);
            if (arrived == null || arrived.length == 0) {
                throw new StoreException("No notice arrived from " + address + " within " + NOTICE_WAIT_MILLIS
                        + " ms");
            }
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw new StoreException("Could not send a notice on " + address + ": " + e.getMessage(), e);
        }
    }

    private Connection noticeListener() {
        Connection listening = PostgresWorkspaceStore.connect(address);
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + NOTICE_CHANNEL);
            return listening;
        } catch (SQLException e) {
            throw failed(listening, address, "listen for notices", e);
        }
    }

    private static void drain(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " on " + address + ": " + e.getMessage(), e);
        }
    }

    private static StoreException failed(Connection connection, ServerAddress address, String what,
                                         SQLException e) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            e.addSuppressed(closeFailure);
        }
        return new StoreException("Could not " + what + " on " + address + ": " + e.getMessage(), e);
    }

    /** Closes this client; the creating one also drops the baseline's schema, so nothing of it stays. */
    @Override
    public void close() {
        try (connection; Connection listening = listener) {
            insertAnnotation.close();
            if (owner) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not remove the baseline tables on " + address + ": " + e.getMessage(), e);
        }
    }
}
