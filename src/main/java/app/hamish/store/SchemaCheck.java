package app.hamish.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a workspace's table definitions with those its version's migrations create. A damaged byte in the
 * schema text passes SQLite's quick_check and would otherwise surface only as a baffling "no such column" later.
 */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** The schema each version's migrations create, built once in memory: the scripts never change. */
    private static final Map<Integer, List<String>> EXPECTED = new ConcurrentHashMap<>();

    /** @return null when the schema is as its version makes it, or what differs */
    static String difference(Connection workspace, int version) throws SQLException {
        List<String> actual = schema(workspace);
        List<String> expected = EXPECTED.get(version);
        if (expected == null) {
            // Not through DriverManager, which loads every driver on the class path (PostgreSQL's too) on first use.
            try (Connection reference = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
                Migrations.applyTo(reference, version);
                expected = List.copyOf(schema(reference));
            }
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
