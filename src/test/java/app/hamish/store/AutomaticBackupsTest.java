package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verified, rotating backups when due and before migrations, and the way back from a damaged workspace. */
class AutomaticBackupsTest {
    private static final Instant START = Instant.parse("2026-11-24T02:30:00Z");

    @TempDir
    Path folder;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static long backups(Path workspace) throws Exception {
        try (Stream<Path> files = Files.list(AutomaticBackups.folder(workspace))) {
            return files.count();
        }
    }

    @Test
    void aBackupIsMadeWhenDueOncePerIntervalVerifiedAndOnlyTheNewestAreKept() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START))) {
            assertThat(AutomaticBackups.folder(file)).doesNotExist();
            assertThat(store.backUpIfDue()).isPresent();
            assertThat(store.backUpIfDue()).isEmpty();
        }
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START.plus(Duration.ofHours(1))))) {
            assertThat(store.backUpIfDue()).isEmpty();
        }
        assertThat(backups(file)).isEqualTo(1);
        assertThat(BackupCopy.verifies(AutomaticBackups.newest(file).orElseThrow())).isTrue();

        for (int day = 1; day <= AutomaticBackups.KEPT + 2; day++) {
            try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START.plus(Duration.ofDays(day))))) {
                store.backUpIfDue();
            }
        }
        assertThat(backups(file)).isEqualTo(AutomaticBackups.KEPT);
        assertThat(AutomaticBackups.newest(file).orElseThrow().getFileName().toString())
                .isEqualTo("w-20261206T023000Z.db");
    }

    @Test
    void aBackupNeitherWaitsForNorIncludesAChangeStillBeingWritten() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START));
             ExecutorService backupThread = Executors.newSingleThreadExecutor()) {
            store.addArticles(List.of(article("committed")));
            Optional<Path> copy = store.atomically(() -> {
                store.addArticles(List.of(article("uncommitted")));
                try {
                    // The analyst's transaction is open on this thread; a backup that needed it would never finish.
                    return backupThread.submit(store::backUpIfDue).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the backup waited for the open transaction", e);
                }
            });
            try (Connection backup = DriverManager.getConnection("jdbc:sqlite:" + copy.orElseThrow());
                 Statement statement = backup.createStatement();
                 ResultSet ids = statement.executeQuery("SELECT group_concat(external_id) FROM articles")) {
                assertThat(ids.getString(1)).isEqualTo("committed");
            }
        }
    }

    @Test
    void aBackupCutShortLeavesNothingBehindAfterTheNextOne() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START))) {
            Path partial = Files.createDirectories(AutomaticBackups.folder(file)).resolve("w-20261120T000000Z.db"
                    + BackupCopy.PARTIAL);
            Files.writeString(partial, "cut short");
            Path journal = Files.writeString(partial.resolveSibling(partial.getFileName() + "-journal"), "journal");
            store.backUpIfDue();
            assertThat(partial).doesNotExist();
            assertThat(journal).doesNotExist();
            assertThat(backups(file)).isEqualTo(1);
        }
    }

    private static NewArticle article(String id) {
        return new NewArticle(id, "t", id + ".txt", ArticleText.of("نص " + id), "{}");
    }

    @Test
    void aDamagedWorkspaceNamesItsNewestBackupWhichRestoresTheWork() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START))) {
            for (int i = 0; i < 200; i++) {
                store.addArticles(List.of(new NewArticle("a" + i, "t", "a" + i + ".txt",
                        ArticleText.of("مقالة رقم " + i + " " + "نص".repeat(200)), "{}")));
            }
        }
        Path backup;
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file, at(START))) {
            backup = store.backUpIfDue().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> SqliteWorkspaceStore.open(file, at(START)))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.DAMAGED))
                .hasMessageContaining(backup.toString()).hasMessageContaining("hamish restore-backup");

        Path aside = AutomaticBackups.restore(file, backup, at(START.plusSeconds(60)), false);
        assertThat(Files.readAllBytes(aside)).isEqualTo(bytes);
        try (SqliteWorkspaceStore restored = SqliteWorkspaceStore.open(file, at(START.plusSeconds(60)))) {
            assertThat(restored.articleSummaries()).hasSize(200);
        }
    }

    @Test
    void aWorkspaceIsBackedUpAsItWasBeforeItsSchemaIsMigrated() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            String script;
            try (var in = Migrations.class.getResourceAsStream("migrations/V001__workspace.sql")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String sql : Migrations.statements(script)) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }

        SqliteWorkspaceStore.open(file, at(START)).close();

        Path backup = AutomaticBackups.newest(file).orElseThrow();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(1);
        }
    }
}
