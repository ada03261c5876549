package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The young collections the JVM reports, with what each kept alive: work that outlives a collection is counted, and
 * garbage that does not is not.
 */
class YoungCollectionsTest {
    private static final int KEPT_MB = 24;

    @Test
    void aYoungCollectionAfterWorkStillHeldCountsItAsKept() throws InterruptedException {
        YoungCollections young = YoungCollections.follow();
        int from = young.count();
        // Held from before the next collection until after it: found alive and copied by it.
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < KEPT_MB * 16; i++) {
            held.add(new byte[64 * 1024]);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        long sink = 0;
        while (young.count() < from + 2 && System.nanoTime() < deadline) {
            byte[] garbage = new byte[16 * 1024];
            sink += garbage.length;
            if (sink % (64L << 20) == 0) {
                // The report comes on the JVM's notification thread, after the collection.
                Thread.sleep(1);
            }
        }
        List<YoungCollections.Collection> collections = young.between(from, young.count());

        assertThat(held).hasSize(KEPT_MB * 16);
        assertThat(collections).as("young collections reported").hasSizeGreaterThanOrEqualTo(2);
        assertThat(collections.stream().mapToLong(YoungCollections.Collection::keptBytes).max().orElseThrow())
                .as("the most a collection kept, of %d MB held", KEPT_MB).isGreaterThanOrEqualTo(KEPT_MB / 2L << 20);
        assertThat(collections).allSatisfy(collection -> assertThat(collection.pauseMillis()).isNotNegative());
    }
}
