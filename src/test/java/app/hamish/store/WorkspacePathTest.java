package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However a workspace is named, one writer at a time; its name is a name, never SQLite parameters. */
class WorkspacePathTest {
    @TempDir
    Path folder;

    @Test
    void aWorkspaceNamedThroughALinkOrDotDotIsTheSameWorkspaceAndStaysLocked() throws Exception {
        Path file = folder.resolve("w.db");
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), file.getFileName());
        Path sub = Files.createDirectory(folder.resolve("sub"));
        try (SqliteWorkspaceStore first = SqliteWorkspaceStore.open(file)) {
            for (Path other : List.of(link, sub.resolve("..").resolve("w.db"))) {
                assertThatThrownBy(() -> SqliteWorkspaceStore.open(other))
                        .isInstanceOfSatisfying(WorkspaceOpenException.class,
                                e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.IN_USE));
            }
        }
    }

    @Test
    void uriSyntaxInTheFileNameIsTakenLiterallyAndCannotSwitchTheJournalOffNorBypassTheLock() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore first = SqliteWorkspaceStore.open(file)) {
            Path lookalike = folder.resolve("w.db?journal_mode=DELETE#x");
            try (SqliteWorkspaceStore other = SqliteWorkspaceStore.open(lookalike)) {
                other.addArticles(List.of(new NewArticle("a", "t", "a.txt", ArticleText.of("نص"), "{}")));
            }
            assertThat(lookalike).isRegularFile();
            assertThat(first.articleCount()).as("the lookalike is its own file").isZero();
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             var mode = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void anEmptyFileIsNotAWorkspaceAndIsLeftAsItWas() throws Exception {
        Path file = TestFiles.write(folder.resolve("empty.db"), new byte[0]);

        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.NOT_A_WORKSPACE))
                .hasMessageContaining(file.toString()).hasMessageContaining("empty file");

        assertThat(Files.size(file)).isZero();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void theWritersLockFileIsRemovedWhenItClosesAndTheWorkspaceCanBeOpenedAgain() {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            assertThat(folder.resolve("w.db.lock")).exists();
        }
        assertThat(folder.resolve("w.db.lock")).doesNotExist();
        SqliteWorkspaceStore.open(file).close();
    }

    @Test
    void aReaderRefusesAnOlderWorkspaceWithoutUpgradingItOrLeavingFilesBeside() throws Exception {
        Path file = folder.resolve("old.db");
        SqliteWorkspaceStore.open(file).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.latestVersion() - 1));
        }
        String before = TestFiles.digest(file);

        assertThatThrownBy(() -> SqliteWorkspaceStore.openForReading(file))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.OLDER_VERSION))
                .hasMessageContaining(file.toString()).hasMessageContaining("older Hamish");

        assertThat(TestFiles.digest(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aWorkspaceCreatedForFailedWorkIsRemovedBeforeItsLockIsLetGoAndOneThatExistedNeverIs() throws Exception {
        Path file = folder.resolve("new.db");
        SqliteWorkspaceStore created = SqliteWorkspaceStore.open(file);
        assertThat(created.created()).isTrue();
        created.addArticles(List.of(new NewArticle("a", "t", "a.txt", ArticleText.of("نص"), "{}")));

        created.discardCreated(new RuntimeException("the work failed"));

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("nothing of it, its lock file included").isEmpty();
        }
        try (SqliteWorkspaceStore again = SqliteWorkspaceStore.open(file)) {
            assertThat(again.created()).as("the lock was let go: it opens, as a new workspace").isTrue();
        }
        try (SqliteWorkspaceStore existing = SqliteWorkspaceStore.open(file)) {
            assertThat(existing.created()).isFalse();
            assertThatThrownBy(() -> existing.discardCreated(new RuntimeException()))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(file).exists();
    }

    @Test
    void aReaderRefusesEveryChange() {
        Path file = folder.resolve("w.db");
        SqliteWorkspaceStore.open(file).close();
        try (SqliteWorkspaceStore reader = SqliteWorkspaceStore.openForReading(file)) {
            assertThatThrownBy(() -> reader.addArticles(List.of(new NewArticle("a", "t", "a.txt",
                    ArticleText.of("نص"), "{}")))).isInstanceOf(StoreException.class);
            assertThat(reader.articleCount()).isZero();
        }
    }
}
