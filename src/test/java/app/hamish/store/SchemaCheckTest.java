package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** The latest version's table definitions kept in the jar, which every start checks its workspace against. */
class SchemaCheckTest {
    @TempDir
    Path folder;

    @Test
    void theDefinitionsKeptInTheJarAreTheOnesTheMigrationsMakeWithTheJarsSqlite() throws SQLException, IOException {
        int latest = Migrations.latestVersion();
        List<String> built = SchemaCheck.built(latest);

        Optional<List<String>> kept = SchemaCheck.kept(latest, sqlite());

        if (!kept.equals(Optional.of(built))) {
            Path written = Files.writeString(Path.of("target", "latest-schema.txt"),
                    SchemaCheck.keptText(latest, sqlite(), built));
            fail("src/main/resources/app/hamish/store/" + SchemaCheck.KEPT + " is not what the migrations make with"
                    + " SQLite " + sqlite() + " (version " + latest + "): theirs is in " + written.toAbsolutePath()
                    + "; copy it there");
        }
    }

    @Test
    void definitionsKeptForAnotherVersionOrAnotherSqliteAreNotTaken() throws SQLException {
        int latest = Migrations.latestVersion();

        assertThat(SchemaCheck.kept(latest - 1, sqlite())).as("the version before").isEmpty();
        assertThat(SchemaCheck.kept(latest, "3.0.0")).as("another SQLite's").isEmpty();
    }

    @Test
    void aWorkspaceWhoseDefinitionsDifferFromTheKeptOnesIsRefused() throws SQLException {
        Path file = folder.resolve("workbench.db");
        SqliteWorkspaceStore.open(file).close();
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER spread AFTER INSERT ON articles BEGIN DELETE FROM annotations; END");
        }

        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file)).isInstanceOf(WorkspaceOpenException.class)
                .hasMessageContaining("table definitions differ").hasMessageContaining("trigger spread");
    }

    private static String sqlite() throws SQLException {
        SqliteLibrary.requireLoaded();
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            return SchemaCheck.sqliteVersion(memory);
        }
    }
}
