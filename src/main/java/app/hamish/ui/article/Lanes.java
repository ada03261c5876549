package app.hamish.ui.article;

import java.util.ArrayList;
import java.util.List;

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
        List<Integer> laneEnds = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > starts[i]) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(ends[i]);
            } else {
                laneEnds.set(lane, ends[i]);
            }
            lanes[i] = lane;
        }
        return lanes;
    }
}
