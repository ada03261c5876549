package app.hamish.store;

import app.hamish.model.ContentHash;
import app.hamish.model.ControlCharacters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The other workspace of a merge, checked as strictly as an import before anything is written: a Hamish
 * workspace of this version, with exactly the tables and indexes its migrations create (a view, trigger or
 * changed table is refused before any of it runs), and every row valid ({@link StoredRowsCheck}, and each text
 * strict UTF-8 matching its stored SHA-256). It is opened read-only and immutable, so nothing is written beside it
 * (no {@code -wal} or {@code -shm}), and the checks stop at a deadline.
 */
final class MergeSource {
    /** Checking a workspace of a million annotations takes seconds; this is far beyond any honest file. */
    static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);
    /**
     * How far ahead of this machine's clock a change in the other file may be dated. Two machines' clocks differ by
     * seconds or minutes; a change dated further ahead would win every conflict of "the later change wins"
     * (decision 0028) whatever was done after it, so the file is refused instead.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** The names and ids an import refuses with a control character in them (ControlCharacters). */
    private static final List<String> NAMES = List.of("annotators.name", "articles.external_id", "labels.name",
            "label_subtypes.name", "relations.type");

    /** The times the later-change rule compares: each row's last change, and each audited one (deletions). */
    private static final List<String> CHANGE_TIMES = List.of("annotations.changed_at",
            "review_decisions.changed_at", "article_states.changed_at", "audit_log.at");
    /** How many SQLite virtual-machine steps pass between looks at the clock. */
    private static final int STEPS_PER_LOOK = 1_000;
    /** SQLite's result code for a statement its progress handler stopped. */
    private static final int SQLITE_INTERRUPT = 9;

    private MergeSource() {
    }

    /** The URI under which the file is read, here and when it is attached for the merge. */
    static String uri(Path source) {
        return "file:" + source.toUri().getRawPath() + "?mode=ro&immutable=1";
    }

    /**
     * @param now this machine's clock, which no change in the file may be dated {@link #CLOCK_SKEW} past
     * @throws ConflictException naming the table, row and reason of the first problem, or the file's
     */
    static void check(Path source, Duration deadline, Instant now) {
        long stopAt = System.nanoTime() + deadline.toNanos();
        String problem;
        try (Connection connection = connect(source)) {
            // Interrupts a statement that runs past the deadline; between statements the clock is read too.
            ProgressHandler.setHandler(connection, STEPS_PER_LOOK, new ProgressHandler() {
                @Override
                protected int progress() {
                    return System.nanoTime() > stopAt ? 1 : 0;
                }
            });
            problem = problem(connection, () -> System.nanoTime() > stopAt, now);
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_INTERRUPT) {
                throw overdue(source, deadline);
            }
            throw refused(source, "it cannot be read as a Hamish workspace: " + e.getMessage());
        } catch (Overdue e) {
            throw overdue(source, deadline);
        }
        if (problem != null) {
            throw refused(source, problem);
        }
    }

    /** Thrown between checks once the deadline has passed. */
    private static final class Overdue extends RuntimeException {
        Overdue() {
            super(null, null, false, false);
        }
    }

    private static ConflictException overdue(Path source, Duration deadline) {
        return refused(source, "checking it took longer than " + deadline.toSeconds() + " s");
    }

    private static ConflictException refused(Path source, String reason) {
        return new ConflictException(source + " was refused (" + reason + "); nothing was merged.");
    }

    /** The other workspace, read-only and immutable: a merge reads it through this connection of its own. */
    static Connection connect(Path source) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return SqliteHardening.connect(config, "jdbc:sqlite:" + uri(source));
    }

    private static String problem(Connection connection, BooleanSupplier overdue, Instant now)
            throws SQLException {
        int applicationId = intPragma(connection, "application_id");
        int version = intPragma(connection, "user_version");
        if (applicationId != Migrations.APPLICATION_ID) {
            return "it is not a Hamish workspace";
        }
        if (version != Migrations.latestVersion()) {
            return "it is workspace version " + version + "; this Hamish merges version " + Migrations.latestVersion()
                    + ". Open it once with this Hamish" + (version > Migrations.latestVersion() ? "'s newer release"
                    : "") + " and merge again";
        }
        String schema = SchemaCheck.difference(connection, version);
        if (schema != null) {
            return schema;
        }
        requireInTime(overdue);
        try {
            LabelCatalog.load(connection);
        } catch (IllegalArgumentException e) {
            return "table labels: " + e.getMessage();
        }
        requireInTime(overdue);
        String rows = StoredRowsCheck.firstProblem(connection);
        rows = rows != null ? rows : futureChange(connection, now);
        rows = rows != null ? rows : textProblem(connection, overdue);
        return rows != null ? rows : controlProblem(connection, overdue);
    }

    /**
     * The first name or id holding a control character: an import refuses them, and one merged in would forge lines
     * wherever Hamish prints it.
     */
    private static String controlProblem(Connection connection, BooleanSupplier overdue) throws SQLException {
        for (String name : NAMES) {
            String table = name.substring(0, name.indexOf('.'));
            String column = name.substring(table.length() + 1);
            try (PreparedStatement query = connection.prepareStatement("SELECT rowid, " + column + " FROM " + table
                    + " ORDER BY rowid");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    requireInTime(overdue);
                    String problem = ControlCharacters.problem(column, rows.getString(2));
                    if (problem != null) {
                        return "table " + table + ", row " + rows.getLong(1) + ": " + problem;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first change dated more than {@link #CLOCK_SKEW} after {@code now}, as "table T, row R: reason" (a row of a
     * table without rowids named by its key).
     */
    private static String futureChange(Connection connection, Instant now) throws SQLException {
        Instant latest = now.plus(CLOCK_SKEW);
        for (String changeTime : CHANGE_TIMES) {
            String table = changeTime.substring(0, changeTime.indexOf('.'));
            String column = changeTime.substring(table.length() + 1);
            try (PreparedStatement query = connection.prepareStatement("SELECT " + StoredRowsCheck.rowName(table)
                    + ", " + column + " FROM " + table + " WHERE " + column + " > ? ORDER BY "
                    + StoredRowsCheck.rowOrder(table) + " LIMIT 1")) {
                Times.set(query, 1, latest);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return "table " + table + ", " + rows.getString(1) + ": " + column + " "
                                + Times.get(rows, 2) + " is more than " + CLOCK_SKEW.toMinutes() + " minutes after"
                                + " this machine's clock (" + now + "); a change dated in the future would win every"
                                + " conflict";
                    }
                }
            }
        }
        return null;
    }

    private static void requireInTime(BooleanSupplier overdue) {
        if (overdue.getAsBoolean()) {
            throw new Overdue();
        }
    }

    /**
     * Offsets count code points of valid text: bytes that are not UTF-8 (a lone surrogate among them) would make
     * them point elsewhere in Java than in Python. The stored SHA-256 is what merges recognise an article by.
     */
    private static String textProblem(Connection connection, BooleanSupplier overdue) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, CAST(text AS BLOB), sha256 FROM articles ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                requireInTime(overdue);
                byte[] bytes = rows.getBytes(2);
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes)).toString();
                } catch (CharacterCodingException e) {
                    return "table articles, row " + rows.getLong(1) + ": text is not valid UTF-8";
                }
                if (text.indexOf('\0') >= 0) {
                    // An import refuses it as binary, and SQLite's length() stops at it, miscounting offsets.
                    return "table articles, row " + rows.getLong(1) + ": text holds a NUL character";
                }
                if (!ContentHash.sha256(text).equals(rows.getString(3))) {
                    return "table articles, row " + rows.getLong(1) + ": sha256 is not the SHA-256 of its text";
                }
            }
        }
        return null;
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
