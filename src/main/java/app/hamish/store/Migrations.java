package app.hamish.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema scripts under {@code migrations/}, applied in order. {@code PRAGMA user_version} records
 * the last one applied; each runs in the same transaction as its version bump, so a failed migration leaves
 * the previous version intact.
 */
final class Migrations {
    /** In order; script {@code i} brings the schema to version {@code i + 1}. Never edit a released script. */
    private static final List<String> SCRIPTS = List.of("V001__workspace.sql", "V002__review.sql",
            "V003__suggestions.sql", "V004__typed_offsets.sql", "V005__recommender_models.sql",
            "V006__row_versions.sql", "V007__article_search.sql", "V008__gold.sql",
            "V009__search_pending.sql", "V010__lighter_commits.sql", "V011__layer_states_by_key.sql",
            "V012__audit_log_by_id_alone.sql");

    /** Hamish's {@code PRAGMA application_id}: "HMSH" in ASCII, so other tools can tell what the file is. */
    static final int APPLICATION_ID = 0x484D5348;

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * The version script {@code name} (e.g. "lighter_commits") brings the schema to: found by its name, not its
     * number, so that a test of one migration keeps testing it when scripts are renumbered.
     */
    static int versionOf(String name) {
        for (int i = 0; i < SCRIPTS.size(); i++) {
            if (SCRIPTS.get(i).endsWith("__" + name + ".sql")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no migration script named " + name);
    }

    /**
     * Foreign keys are off while the scripts run (a script may rebuild a table, and dropping the old one must not
     * cascade to the rows that refer to it; SQLite ignores the pragma inside a transaction) and are checked before
     * each version commits.
     */
    static void migrate(Database database, int currentVersion) {
        if (currentVersion >= latestVersion()) {
            return;
        }
        setForeignKeys(database, false);
        try {
            for (int version = currentVersion + 1; version <= latestVersion(); version++) {
                String script = SCRIPTS.get(version - 1);
                List<String> statements = statements(load(script));
                int target = version;
                database.write("apply schema migration " + script, connection -> {
                    apply(connection, statements);
                    requireForeignKeysHold(connection, script);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("PRAGMA user_version = " + target);
                        statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                    }
                    return null;
                });
            }
        } finally {
            setForeignKeys(database, true);
        }
    }

    private static void setForeignKeys(Database database, boolean on) {
        database.outsideTransaction("switch foreign keys " + (on ? "on" : "off"), connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            }
            return null;
        });
    }

    private static void requireForeignKeysHold(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet violations = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (violations.next()) {
                throw new SQLException("after " + script + ", row " + violations.getLong(2) + " of table "
                        + violations.getString(1) + " refers to a missing row of " + violations.getString(3));
            }
        }
    }

    /** Applies scripts 1..version to a connection of its own (used to build a reference schema in memory). */
    static void applyTo(Connection connection, int version) throws SQLException {
        for (int i = 0; i < version; i++) {
            apply(connection, statements(load(SCRIPTS.get(i))));
        }
    }

    private static void apply(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line. A trigger's body holds such semicolons, so a
     * {@code CREATE TRIGGER} statement runs to its {@code END;} line. The scripts keep semicolons out of literals.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && statement.isEmpty())) {
                continue;
            }
            if (statement.isEmpty()) {
                inTrigger = trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER");
            }
            statement.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                String complete = statement.toString().strip();
                statements.add(complete.substring(0, complete.length() - 1));
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString().strip());
        }
        return statements;
    }
}
