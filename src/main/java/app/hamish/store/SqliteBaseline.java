package app.hamish.store;

import app.hamish.model.ExportFilter;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * What SQLite itself does for the work the workspace store does, for the bench to measure Hamish against: a plain
 * SQLite file, opened through the same driver with the workspace's durability settings (WAL,
 * {@code synchronous=FULL}, a checkpoint after every commit), holding tables with the columns of {@code articles}
 * and {@code annotations} and nothing else: no checks, foreign keys, secondary indexes, audit log or lookups.
 * Whatever Hamish spends beyond this is Hamish's own cost (decision 0016).
 */
public final class SqliteBaseline implements AutoCloseable {
    private static final String INSERT_ANNOTATION = """
            INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label, subtype, note, provenance,
                                     created_at, updated_at, uuid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Database database;
    private final PreparedStatement insertAnnotation;

    private SqliteBaseline(Database database, PreparedStatement insertAnnotation) {
        this.database = database;
        this.insertAnnotation = insertAnnotation;
    }

    /** Creates the baseline file {@code file}, which must not exist yet, beside the workspace it is compared with. */
    public static SqliteBaseline create(Path file) {
        SqliteLibrary.requireLoaded();
        String location = file.toAbsolutePath().toString();
        Connection connection = null;
        try {
            connection = new SQLiteConfig().createConnection(WorkspacePath.jdbcUrl(file));
            WorkspaceOpener.makeDurable(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE articles (id INTEGER PRIMARY KEY, external_id TEXT, title TEXT,
                                               source_name TEXT, text TEXT, sha256 TEXT, direction TEXT, meta TEXT,
                                               imported_at INTEGER)""");
                statement.execute("""
                        CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_id INTEGER,
                                                  annotator_id INTEGER, start_cp INTEGER, end_cp INTEGER, label TEXT,
                                                  subtype TEXT, note TEXT, provenance TEXT, created_at INTEGER,
                                                  updated_at INTEGER, uuid TEXT)""");
            }
            return new SqliteBaseline(new Database(connection, location, SqliteDialect.INSTANCE),
                    connection.prepareStatement(INSERT_ANNOTATION));
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            throw new StoreException("Could not create the baseline database " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Inserts the articles' rows in one transaction and returns the nanoseconds from its {@code BEGIN} to the end of
     * its commit; the rows' values (hash, direction) are computed before, as they are not SQLite's work.
     */
    public long insertArticles(List<NewArticle> articles, Instant now) {
        List<Object[]> rows = articles.stream().map(article -> new Object[] {article.externalId(), article.title(),
                article.sourceName(), article.text().value(), article.sha256(), article.direction().code(),
                article.metaJson(), now.toEpochMilli()}).toList();
        long start = System.nanoTime();
        // With the import's page cache too: the same pragmas as Hamish's import (decision 0061).
        database.write("insert the baseline articles", connection -> SqliteDialect.INSTANCE.importing(connection,
                importing -> {
                    try (PreparedStatement insert = importing.prepareStatement("""
                            INSERT INTO articles (external_id, title, source_name, text, sha256, direction, meta,
                                                  imported_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                        for (Object[] row : rows) {
                            for (int column = 0; column < row.length; column++) {
                                insert.setObject(column + 1, row[column]);
                            }
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
        return System.nanoTime() - start;
    }

    /** A bare trigram index of these texts, as Hamish's search index holds them, filled in one transaction. */
    public void indexTexts(List<String> texts) {
        database.write("index the baseline texts", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE VIRTUAL TABLE search USING fts5(normalized, tokenize = 'trigram')");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO search (normalized) VALUES (?)")) {
                for (String text : texts) {
                    insert.setString(1, text);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * One query of that index for a key, reading each matching text and finding the key in it: the nanoseconds to
     * the first occurrence found and to the end.
     */
    public long[] search(String key) {
        return database.read("search the baseline index", connection -> {
            long start = System.nanoTime();
            long first = -1;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT normalized FROM search WHERE search MATCH ?")) {
                query.setString(1, "\"" + key.replace("\"", "\"\"") + "\"");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(1).contains(key) && first < 0) {
                            first = System.nanoTime() - start;
                        }
                    }
                }
            }
            long all = System.nanoTime() - start;
            return new long[] {first < 0 ? all : first, all};
        });
    }

    /**
     * The machine's limit for exporting the workspace at {@code workspace}: the rows a whole export reads, by the
     * export's own queries, through a plain read-only connection of the same driver, each column's bytes as SQLite
     * gives them written to the new file {@code file} in one sequential pass and forced to disk once, with no
     * decoding and no formatting (decision 0037). Returns the nanoseconds from opening the connection to the end of
     * the force, and the bytes written; deletes the file.
     */
    public static long[] readAndWriteExportRows(Path workspace, Path file) {
        SqliteLibrary.requireLoaded();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
        long start = System.nanoTime();
        long bytes = 0;
        try (Connection connection = config.createConnection(WorkspacePath.jdbcUrl(workspace));
             FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            connection.setAutoCommit(false);
            for (PreparedStatement scan : ExportReader.scans(connection, ExportFilter.ALL)) {
                try (scan; ResultSet rows = scan.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            byte[] value = rows.getBytes(column);
                            if (value != null) {
                                bytes += value.length;
                                put(block, value, out);
                            }
                        }
                    }
                }
            }
            block.flip();
            while (block.hasRemaining()) {
                out.write(block);
            }
            out.force(true);
            long elapsed = System.nanoTime() - start;
            Files.delete(file);
            return new long[] {elapsed, bytes};
        } catch (SQLException e) {
            throw new StoreException("Could not read " + workspace + " for the export's limit: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The least any export of the workspace at {@code workspace} does through this driver: the export's own queries
     * on a plain read-only connection, every row stepped through and no column read, nothing written. Returns the
     * nanoseconds from opening the connection to the last row, and the rows.
     */
    public static long[] stepExportRows(Path workspace) {
        SqliteLibrary.requireLoaded();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        long start = System.nanoTime();
        long stepped = 0;
        try (Connection connection = config.createConnection(WorkspacePath.jdbcUrl(workspace))) {
            connection.setAutoCommit(false);
            for (PreparedStatement scan : ExportReader.scans(connection, ExportFilter.ALL)) {
                try (scan; ResultSet rows = scan.executeQuery()) {
                    while (rows.next()) {
                        stepped++;
                    }
                }
            }
            return new long[] {System.nanoTime() - start, stepped};
        } catch (SQLException e) {
            throw new StoreException("Could not read " + workspace + " for the export's floor: " + e.getMessage(), e);
        }
    }

    private static final int BLOCK = 1 << 20;

    /** Appends {@code value} to the block, writing the block to {@code out} each time it fills. */
    private static void put(ByteBuffer block, byte[] value, FileChannel out) throws IOException {
        int at = 0;
        while (at < value.length) {
            int length = Math.min(block.remaining(), value.length - at);
            block.put(value, at, length);
            at += length;
            if (!block.hasRemaining()) {
                block.flip();
                while (block.hasRemaining()) {
                    out.write(block);
                }
                block.clear();
            }
        }
    }

    /** Adds synthetic annotation rows, in one transaction, until the table holds {@code rows} of them. */
    public void fillAnnotations(long rows, Instant now) {
        database.write("fill the baseline annotations", connection -> {
            long present = count(connection);
            for (long row = present; row < rows; row++) {
                setAnnotation(row % 10_000 + 1, 1, (int) (row % 2_000), (int) (row % 2_000) + 7, "CLAIM", null, now);
                insertAnnotation.executeUpdate();
            }
            return null;
        });
    }

    /** Inserts one annotation's row and commits it, as the workbench commits one annotation. */
    public void commitAnnotation(NewAnnotation annotation, Instant now) {
        database.write("commit a baseline annotation", connection -> {
            setAnnotation(annotation.articleId(), annotation.annotatorId(), annotation.span().start(),
                    annotation.span().end(), annotation.label(), annotation.subtype(), now);
            return insertAnnotation.executeUpdate();
        });
    }

    private void setAnnotation(long articleId, long annotatorId, int start, int end, String label, String subtype,
                               Instant now) throws SQLException {
        insertAnnotation.setLong(1, articleId);
        insertAnnotation.setLong(2, annotatorId);
        insertAnnotation.setInt(3, start);
        insertAnnotation.setInt(4, end);
        insertAnnotation.setString(5, label);
        insertAnnotation.setString(6, subtype);
        insertAnnotation.setString(7, "");
        insertAnnotation.setString(8, "manual");
        insertAnnotation.setLong(9, now.toEpochMilli());
        insertAnnotation.setLong(10, now.toEpochMilli());
        insertAnnotation.setString(11, AuditRows.newUuid());
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM annotations")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            insertAnnotation.close();
        } catch (SQLException e) {
            throw database.translate("close the baseline database", e);
        } finally {
            database.close();
        }
    }
}
