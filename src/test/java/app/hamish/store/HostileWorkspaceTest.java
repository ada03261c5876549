package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders and files in states a user's disk can really be in: each is refused clearly or opened intact. */
class HostileWorkspaceTest {
    private static final int FLIP_TRIALS = 60;

    @TempDir
    Path folder;

    /**
     * A failing disk flips bits. SQLite keeps no checksums, so a flip inside article text can go unnoticed; what
     * must never happen is a crash with an unexplained error, or a refused file being changed by the attempt.
     */
    @Test
    void randomlyFlippedBytesAreRefusedAsDamagedWithoutChangingTheFileOrOpenCleanly() throws Exception {
        Path original = folder.resolve("original.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(original)) {
            for (int i = 0; i < 50; i++) {
                store.addArticles(List.of(new NewArticle("a" + i, "t", "a" + i + ".txt",
                        ArticleText.of("مقالة رقم " + i + " " + "نص عربي ".repeat(40)), "{}")));
            }
        }
        byte[] clean = Files.readAllBytes(original);
        // A fixed seed keeps CI repeatable; -Dhamish.flip.seed=random (or a number) explores other damage.
        String seedProperty = System.getProperty("hamish.flip.seed", "20261124");
        long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        for (int trial = 0; trial < FLIP_TRIALS; trial++) {
            byte[] bytes = clean.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Path file = TestFiles.write(folder.resolve("flipped-" + trial + ".db"), bytes);
            String before = TestFiles.digest(file);
            try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
                store.articleSummaries();
                outcomes.add("opened");
            } catch (WorkspaceOpenException e) {
                assertThat(e.reason()).as("seed %d: %s", seed, e.getMessage())
                        .isIn(WorkspaceOpenException.Reason.DAMAGED, WorkspaceOpenException.Reason.NOT_A_WORKSPACE,
                                WorkspaceOpenException.Reason.NEWER_VERSION);
                assertThat(e.getMessage()).contains(file.toString()).contains("not changed");
                assertThat(TestFiles.digest(file)).as("seed %d: refused file changed", seed).isEqualTo(before);
                outcomes.add(e.reason().name());
            } catch (StoreException e) {
                // Damage quick_check cannot see (it skips index contents) surfaces at the first read, still named.
                assertThat(e.getMessage()).as("seed %d", seed).contains("damaged");
                outcomes.add("damaged on read");
            }
        }
        System.out.println("flipped bytes (seed " + seed + "): " + outcomes);
    }
}
