package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    @TempDir
    Path folder;

    private static NewArticle article(String id, String text) {
        return new NewArticle(id, "title " + id, id + ".txt", ArticleText.of(text), "{}");
    }

    @Test
    void newWorkspaceIsMigratedAndHasTheThreeDefaultLabels() throws Exception {
        Path file = folder.resolve("new.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            assertThat(store.labels()).extracting(Label::name)
                    .containsExactly(Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE);
            assertThat(store.labels().getFirst().subtypes())
                    .containsExactly("person", "organisation", "location", "other");
            assertThat(store.labels()).extracting(Label::hotkey).containsExactly("1", "2", "3");
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            assertThat(pragma(statement, "user_version")).isEqualTo(Migrations.latestVersion());
            assertThat(pragma(statement, "application_id")).isEqualTo(0x484D5348);
            try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                assertThat(rows.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void secondOpenOfTheSameWorkspaceIsRefusedWithAClearMessage() {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore first = SqliteWorkspaceStore.open(file)) {
            assertThatThrownBy(() -> SqliteWorkspaceStore.open(file))
                    .isInstanceOfSatisfying(WorkspaceOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.IN_USE))
                    .hasMessageContaining("already open");
            assertThat(first.articleCount()).isZero();
        }
        try (SqliteWorkspaceStore again = SqliteWorkspaceStore.open(file)) {
            assertThat(again.articleCount()).isZero();
        }
    }

    @Test
    void foreignSqliteFileIsRefusedAndUnchanged() throws Exception {
        Path file = folder.resolve("other.sqlite");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE notes (body TEXT)");
            statement.execute("INSERT INTO notes VALUES ('keep me')");
        }
        String before = TestFiles.digest(file);
        assertRefused(file, WorkspaceOpenException.Reason.NOT_A_WORKSPACE, "not a Hamish workspace");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
        assertThat(Files.exists(folder.resolve("other.sqlite-wal"))).isFalse();
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndUnchanged() {
        Path file = TestFiles.write(folder.resolve("notes.db"), "these are my notes, not a database\n".repeat(50));
        String before = TestFiles.digest(file);
        assertRefused(file, WorkspaceOpenException.Reason.NOT_A_WORKSPACE, "not a SQLite database");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
    }

    @Test
    void workspaceFromANewerHamishIsRefusedAndUnchanged() throws Exception {
        Path file = folder.resolve("newer.db");
        SqliteWorkspaceStore.open(file).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        String before = TestFiles.digest(file);
        assertRefused(file, WorkspaceOpenException.Reason.NEWER_VERSION, "newer Hamish");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
    }

    @Test
    void damagedWorkspaceIsRefusedAndUnchanged() throws Exception {
        Path file = folder.resolve("damaged.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            for (int i = 0; i < 200; i++) {
                store.addArticles(List.of(article("a" + i, "مقالة رقم " + i + " ".repeat(i) + "نص".repeat(200))));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite the middle of the file (b-tree pages) with garbage, as a failing disk might.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        String before = TestFiles.digest(file);
        assertRefused(file, WorkspaceOpenException.Reason.DAMAGED, "damaged");
        assertThat(TestFiles.digest(file)).isEqualTo(before);
    }

    @Test
    void backupIsAConsistentWorkspaceWrittenWhileOpen() {
        Path backup = folder.resolve("backup.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(folder.resolve("w.db"))) {
            store.addArticles(List.of(article("a1", "نص المقالة")));
            store.backupTo(backup);
            store.addArticles(List.of(article("a2", "مقالة لاحقة")));
        }
        try (SqliteWorkspaceStore copy = SqliteWorkspaceStore.open(backup)) {
            assertThat(copy.articleCount()).isEqualTo(1);
            assertThat(copy.articleByExternalId("a1")).isPresent();
        }
    }

    @Test
    void aWorkspaceWithAWalFileFromAnotherProgramIsRefusedWithoutTouchingEitherFile() throws Exception {
        Path file = folder.resolve("newer-with-wal.db");
        Path copy = folder.resolve("copy");
        java.nio.file.Files.createDirectories(copy);
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            store.addArticles(List.of(article("a1", "نص")));
        }
        // A newer Hamish left its last commits in the write-ahead log: copy both files while it has them open.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("PRAGMA user_version = 99");
            statement.execute("INSERT INTO labels (name, colour, hotkey, position) VALUES ('EVENT', '#00AA00', '4', 9)");
            java.nio.file.Files.copy(file, copy.resolve("w.db"));
            java.nio.file.Files.copy(folder.resolve("newer-with-wal.db-wal"), copy.resolve("w.db-wal"));
        }
        Path refused = copy.resolve("w.db");
        String db = TestFiles.digest(refused);
        String wal = TestFiles.digest(copy.resolve("w.db-wal"));
        assertThatThrownBy(() -> SqliteWorkspaceStore.open(refused)).isInstanceOf(WorkspaceOpenException.class);
        assertThat(TestFiles.digest(refused)).isEqualTo(db);
        assertThat(TestFiles.digest(copy.resolve("w.db-wal"))).isEqualTo(wal);
    }

    @Test
    void exportsAndBackupsCannotBeWrittenOverTheOpenWorkspace() {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            for (Path own : List.of(file, folder.resolve("w.db-wal"), folder.resolve("w.db.lock"),
                    folder.resolve(".").resolve("w.db"))) {
                assertThatThrownBy(() -> store.backupTo(own)).isInstanceOf(ConflictException.class)
                        .hasMessageContaining("this workspace's own file");
            }
            store.requireNotWorkspaceFile(folder.resolve("export.jsonl"));
        }
    }

    private static void assertRefused(Path file, WorkspaceOpenException.Reason reason, String message) {
        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file))
                .isInstanceOfSatisfying(WorkspaceOpenException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message).hasMessageContaining(file.getFileName().toString());
    }

    private static int pragma(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.getInt(1);
        }
    }
}
