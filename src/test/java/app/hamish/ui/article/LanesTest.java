package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanesTest {
    @Test
    void overlappingAndNestedSpansGetDifferentLanesAndDisjointOnesShareTheFirst() {
        // [0,10) claim, [2,5) entity inside it, [4,8) overlapping both, [12,15) alone, [15,20) touching it.
        int[] lanes = assign(new int[] {0, 2, 4, 12, 15}, new int[] {10, 5, 8, 15, 20});
        assertThat(lanes).containsExactly(0, 1, 2, 0, 0);
    }

    @Test
    void aLaneIsReusedOnceItsSpanHasEnded() {
        int[] lanes = assign(new int[] {0, 1, 6}, new int[] {5, 3, 9});
        assertThat(lanes).containsExactly(0, 1, 0);
    }

    @Test
    void aRunBegunAgainFindsEveryLaneFree() {
        Lanes lanes = new Lanes();
        lanes.next(0, 10);
        lanes.next(2, 8);
        lanes.clear();
        assertThat(lanes.next(3, 5)).isZero();
    }

    /** The lane of each span of one run, as the highlight index asks for them. */
    private static int[] assign(int[] starts, int[] ends) {
        Lanes lanes = new Lanes();
        int[] assigned = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            assigned[i] = lanes.next(starts[i], ends[i]);
        }
        return assigned;
    }
}
