package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace's connection does not have the driver query each inserted row's key after the insert (sqlite-jdbc's
 * default runs {@code SELECT last_insert_rowid()} after every INSERT, prepared and finalised each time): Hamish reads
 * no generated key, and an annotation's commit ran that query for its audit entry (decision 0098).
 */
class InsertsAskForNoKeysTest {
    @TempDir
    Path folder;

    @Test
    void anInsertOnAWorkspacesConnectionLeavesNoGeneratedKey() {
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(folder.resolve("w.db"))) {
            boolean keyFound = store.database.write("insert into a temporary table", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TEMP TABLE inserted (id INTEGER PRIMARY KEY, value TEXT)");
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO inserted (value) VALUES (?)")) {
                    insert.setString(1, "a row");
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        return keys.next();
                    }
                }
            });
            assertThat(keyFound).isFalse();
        }
    }
}
