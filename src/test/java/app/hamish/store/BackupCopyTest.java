package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy {@code hamish backup FILE} writes: complete whenever it reports success, also with several runs at once. */
class BackupCopyTest {
    private static final int RUNS = 4;
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void backupsToOneTargetAtOnceEachSucceedWithACompleteCopyAndLeaveNoPartialFile() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            store.addArticles(IntStream.range(0, 2_000).mapToObj(i -> new NewArticle("a" + i, "t", "a" + i + ".txt",
                    ArticleText.of("نص طويل بما يكفي ".repeat(50) + i), "{}")).toList());
        }
        Path target = folder.resolve("copy.db");
        CyclicBarrier together = new CyclicBarrier(RUNS);
        try (ExecutorService runs = Executors.newFixedThreadPool(RUNS)) {
            List<Future<Void>> results = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                results.add(runs.submit((Callable<Void>) () -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await(30, TimeUnit.SECONDS);
                        try (SqliteWorkspaceStore reader = SqliteWorkspaceStore.openForReading(file)) {
                            reader.backupTo(target);
                            assertThat(BackupCopy.verifies(target)).isTrue();
                        } catch (RuntimeException | AssertionError e) {
                            together.reset(); // the other runs stop at once instead of waiting for this one
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            // The workspace's own -wal and -shm may stay: SQLite removes them only when the last connection closes
            // alone, and four readers closing at the same instant can each see another still open.
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("w.db-wal") && !name.equals("w.db-shm")))
                    .containsExactlyInAnyOrder("w.db", "copy.db");
        }
    }

    @Test
    void aBackupRemovesWhatARunKilledLongAgoLeftButNotAPartialFileStillBeingWritten() throws Exception {
        Path file = folder.resolve("w.db");
        SqliteWorkspaceStore.open(file).close();
        Path killed = Files.writeString(folder.resolve("copy.db.k1.partial"), "cut short");
        Path killedJournal = Files.writeString(folder.resolve("copy.db.k1.partial-journal"), "journal");
        FileTime yesterday = FileTime.from(Instant.now().minusSeconds(86_400));
        Files.setLastModifiedTime(killed, yesterday);
        Files.setLastModifiedTime(killedJournal, yesterday);
        Path writing = Files.writeString(folder.resolve("copy.db.w2.partial"), "another backup, still writing");

        try (SqliteWorkspaceStore reader = SqliteWorkspaceStore.openForReading(file)) {
            reader.backupTo(folder.resolve("copy.db"));
        }

        assertThat(killed).doesNotExist();
        assertThat(killedJournal).doesNotExist();
        assertThat(writing).exists();
    }
}
