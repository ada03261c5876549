package app.hamish.store;

import app.hamish.model.ContentHash;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A workspace file as an earlier version of Hamish wrote it, from version 2 on (which gave annotators their uuids):
 * the schema of that version, its version number and application id, article 7, mona (3) and rana (4), and the rows a
 * test adds. Written raw, since today's store would migrate it on opening.
 */
final class OldVersionWorkspace {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    private OldVersionWorkspace() {
    }

    static Path write(Path file, int version, String... statements) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            Migrations.applyTo(raw, version);
            statement.execute("PRAGMA user_version = " + version);
            statement.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            statement.execute("INSERT INTO articles VALUES (7, 'a7', 't', 'a7.txt', '" + TEXT + "', '"
                    + ContentHash.sha256(TEXT) + "', 'rtl', '{}', 0)");
            statement.execute("INSERT INTO annotators (id, name, role, uuid) VALUES (3, 'mona', 'annotator', 'u3'),"
                    + " (4, 'rana', 'reviewer', 'u4')");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return file;
    }
}
