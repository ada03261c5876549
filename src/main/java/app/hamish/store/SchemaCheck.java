package app.hamish.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a workspace's table definitions with those its version's migrations create. A damaged byte in the
 * schema text passes SQLite's quick_check and would otherwise surface only as a baffling "no such column" later.
 */
final class SchemaCheck {
    /**
     * The latest version's definitions as its migrations make them, kept in the jar: building them ran every script
     * into a database in memory at every start, before the first frame (decision 0099). {@code SchemaCheckTest}
     * checks it against the scripts and writes it anew when they change.
     */
    static final String KEPT = "migrations/latest-schema.txt";

    private SchemaCheck() {
    }

    /** The schema each version's migrations create, found once: the scripts never change. */
    private static final Map<Integer, List<String>> EXPECTED = new ConcurrentHashMap<>();

    /** @return null when the schema is as its version makes it, or what differs */
    static String difference(Connection workspace, int version) throws SQLException {
        List<String> actual = schema(workspace);
        List<String> expected = EXPECTED.get(version);
        if (expected == null) {
            Optional<List<String>> kept = kept(version, sqliteVersion(workspace));
            expected = kept.isPresent() ? kept.get() : built(version);
            EXPECTED.put(version, expected);
        }
        if (actual.equals(expected)) {
            return null;
        }
        List<String> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        return "table definitions differ from version " + version + ": "
                + (unexpected.isEmpty() ? "" : "unexpected " + first(unexpected) + " ")
                + (missing.isEmpty() ? "" : "missing " + first(missing));
    }

    /** The definitions {@code version}'s migrations create, by running them into a database in memory. */
    static List<String> built(int version) throws SQLException {
        // Not through DriverManager, which loads every driver on the class path (PostgreSQL's too) on first use.
        try (Connection reference = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            Migrations.applyTo(reference, version);
            return List.copyOf(schema(reference));
        }
    }

    /**
     * The definitions kept in the jar, if they are {@code version}'s as made by SQLite {@code sqlite}: the text of a
     * table an {@code ALTER} changed is SQLite's own rewriting, which another library (one the user put in place of
     * the jar's) may word otherwise.
     */
    static Optional<List<String>> kept(int version, String sqlite) {
        String text;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(KEPT)) {
            if (in == null) {
                return Optional.empty();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The file only saves building the definitions: unreadable, they are built as without it.
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().equals(header(version, sqlite))) {
            return Optional.empty();
        }
        return Optional.of(lines.subList(1, lines.size()).stream().map(SchemaCheck::unescaped).toList());
    }

    /** The kept file's text for {@code definitions}, {@code version}'s as made by SQLite {@code sqlite}. */
    static String keptText(int version, String sqlite, List<String> definitions) {
        StringBuilder text = new StringBuilder(header(version, sqlite)).append('\n');
        definitions.forEach(definition -> text.append(escaped(definition)).append('\n'));
        return text.toString();
    }

    static String sqliteVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT sqlite_version()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String header(int version, String sqlite) {
        return "version " + version + ", SQLite " + sqlite;
    }

    /** One definition a line: its line breaks (and the backslash that marks them) escaped. */
    private static String escaped(String definition) {
        return definition.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescaped(String line) {
        StringBuilder definition = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                definition.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                definition.append(c);
            }
        }
        return definition.toString();
    }

    private static String first(List<String> entries) {
        String entry = entries.getFirst();
        return entry.length() > 80 ? entry.substring(0, 80) + "…" : entry;
    }

    private static List<String> schema(Connection connection) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")) {
            while (rows.next()) {
                entries.add(rows.getString(1) + " " + rows.getString(2) + " on " + rows.getString(3) + ": "
                        + rows.getString(4));
            }
        }
        return entries;
    }
}
