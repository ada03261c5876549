package app.hamish.ui.article;

import java.util.Arrays;

/** Gives overlapping spans different underline lanes, so nested and overlapping annotations stay apart. */
final class Lanes {
    private Lanes() {
    }

    /**
     * @param starts span starts, sorted ascending (ties in any order)
     * @param ends the matching span ends
     * @return the lowest lane free at each span's start
     */
    static int[] assign(int[] starts, int[] ends) {
        int[] lanes = new int[starts.length];
        // Where each lane's last span ends, unboxed: this runs over a paragraph's highlights at every change of them.
        int[] laneEnds = new int[4];
        int used = 0;
        for (int i = 0; i < starts.length; i++) {
            int lane = 0;
            while (lane < used && laneEnds[lane] > starts[i]) {
                lane++;
            }
            if (lane == used) {
                if (used == laneEnds.length) {
                    laneEnds = Arrays.copyOf(laneEnds, used * 2);
                }
                used++;
            }
            laneEnds[lane] = ends[i];
            lanes[i] = lane;
        }
        return lanes;
    }
}
