package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The searches the suggestions' places and lists share find what a walk from the same index finds. */
class SortedIntsTest {
    @Test
    void eachSearchFindsWhatAWalkFromTheSameIndexFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int[] sorted = random.ints(random.nextInt(40), 0, 60).sorted().toArray();
            int from = random.nextInt(sorted.length + 1);
            int value = random.nextInt(64) - 2;
            assertThat(SortedInts.firstAbove(sorted, from, value)).as("above %d from %d in %s", value, from,
                    Arrays.toString(sorted)).isEqualTo(walk(sorted, from, value + 1));
            assertThat(SortedInts.firstAtLeast(sorted, from, value)).as("at least %d from %d in %s", value, from,
                    Arrays.toString(sorted)).isEqualTo(walk(sorted, from, value));
        }
    }

    private static int walk(int[] sorted, int from, int atLeast) {
        int at = from;
        while (at < sorted.length && sorted[at] < atLeast) {
            at++;
        }
        return at;
    }
}
