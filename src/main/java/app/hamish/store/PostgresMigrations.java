package app.hamish.store;

import app.hamish.model.ServerAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema scripts under {@code postgresql/}, applied in order; {@code hamish_schema} records the last
 * one applied. PostgreSQL changes schemas in transactions, so each script runs in the write transaction that records
 * its version, and a failed one leaves the previous version as it was. Numbered on their own: version 1 here is
 * SQLite's version 4 (decision 0021).
 */
final class PostgresMigrations {
    /** In order; script {@code i} brings the schema to version {@code i + 1}. Never edit a released script. */
    private static final List<String> SCRIPTS = List.of("V001__workspace.sql", "V002__team_roles.sql",
            "V003__change_notices.sql", "V004__recommender_models.sql", "V005__row_versions.sql", "V006__gold.sql",
            "V007__one_guard.sql", "V008__article_search.sql");

    private PostgresMigrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the schema up to date, or refuses, changing nothing, a database that holds other tables or a schema from
     * a newer Hamish. The writers' lock keeps two clients opening a new database at once from both creating it.
     *
     * @return whether this call created the schema
     */
    static boolean migrate(Database database, ServerAddress address) {
        return database.write("prepare the workspace schema", connection -> {
            int version = version(connection, address);
            if (version > latestVersion()) {
                throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NEWER_VERSION, address
                        + " holds a workspace from a newer Hamish (schema version " + version + ", this one knows "
                        + latestVersion() + "). Nothing was changed; update Hamish.");
            }
            for (int next = version + 1; next <= latestVersion(); next++) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(load(SCRIPTS.get(next - 1)));
                    statement.executeUpdate("DELETE FROM hamish_schema");
                    statement.executeUpdate("INSERT INTO hamish_schema (version) VALUES (" + next + ")");
                } catch (SQLException e) {
                    if (NotAllowedException.SQL_STATE.equals(e.getSQLState())) {
                        throw new WorkspaceOpenException(WorkspaceOpenException.Reason.OLDER_VERSION, address
                                + " holds a workspace from an older Hamish (schema version " + version + ", this one"
                                + " knows " + latestVersion() + "), and only the login that owns it may bring it up to date,"
                                + " with hamish server init. Nothing was changed.", e);
                    }
                    throw e;
                }
            }
            return version == 0;
        });
    }

    /** The schema version, 0 for a database with no tables of its own yet. */
    private static int version(Connection connection, ServerAddress address) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT to_regclass('hamish_schema') IS NOT NULL, (SELECT count(*) FROM pg_tables"
                        + " WHERE schemaname = current_schema())");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            if (!rows.getBoolean(1)) {
                if (rows.getLong(2) > 0) {
                    throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_A_WORKSPACE, address
                            + " is not a Hamish workspace: its schema holds other tables. Nothing was changed.");
                }
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(version) FROM hamish_schema")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String load(String script) {
        try (InputStream in = PostgresMigrations.class.getResourceAsStream("postgresql/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
