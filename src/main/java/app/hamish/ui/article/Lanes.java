package app.hamish.ui.article;

import java.util.Arrays;

/**
 * Gives overlapping spans different underline lanes, so nested and overlapping annotations stay apart. One is kept
 * and used again for each run of spans: a key changes the lanes of hundreds of paragraphs, and arrays made anew for
 * each were part of the garbage that brings the young collections into the keys (decision 0087).
 */
final class Lanes {
    /** Where each lane's last span ends, unboxed. */
    private int[] laneEnds = new int[4];
    private int used;

    /** Begins a run of spans: every lane is free. */
    void clear() {
        used = 0;
    }

    /**
     * The lowest lane free at {@code start} for the next span of the run, the run's spans given by ascending start
     * (ties in any order); taken until {@code end}.
     */
    int next(int start, int end) {
        int lane = 0;
        while (lane < used && laneEnds[lane] > start) {
            lane++;
        }
        if (lane == used) {
            if (used == laneEnds.length) {
                laneEnds = Arrays.copyOf(laneEnds, used * 2);
            }
            used++;
        }
        laneEnds[lane] = end;
        return lane;
    }
}
