package app.hamish.model;

/**
 * Some suggestions next to each other in the offered list, their spans as plain ints and the furthest end of them.
 * Immutable. A key's merge reads the spans of the hundreds of thousands of suggestions around its thousands of
 * places: read through each suggestion and its span, two objects apart in the heap, most of its time was waiting
 * for memory (decision 0071).
 */
abstract sealed class OfferedPiece permits OfferedPiece.Flat, OfferedPiece.Patched {
    abstract int size();

    abstract Suggestion item(int k);

    abstract int spanStart(int k);

    abstract int spanEnd(int k);

    abstract int furthestEnd();

    /** Hands the items from {@code from} to {@code to} on as runs of flat pieces, in order. */
    abstract void runs(int from, int to, Runs into);

    final Suggestion first() {
        return item(0);
    }

    final Suggestion last() {
        return item(size() - 1);
    }

    /** Where runs of items of flat pieces are handed. */
    interface Runs {
        void add(Flat source, int from, int count);
    }

    /** A piece holding its suggestions and their spans in arrays of its own. */
    static final class Flat extends OfferedPiece {
        private final Suggestion[] items;
        private final int[] spanStarts;
        private final int[] spanEnds;
        private final int furthestEnd;

        Flat(Suggestion[] items, int[] spanStarts, int[] spanEnds) {
            this.items = items;
            this.spanStarts = spanStarts;
            this.spanEnds = spanEnds;
            int end = 0;
            for (int spanEnd : spanEnds) {
                end = Math.max(end, spanEnd);
            }
            this.furthestEnd = end;
        }

        @Override
        int size() {
            return items.length;
        }

        @Override
        Suggestion item(int k) {
            return items[k];
        }

        @Override
        int spanStart(int k) {
            return spanStarts[k];
        }

        @Override
        int spanEnd(int k) {
            return spanEnds[k];
        }

        @Override
        int furthestEnd() {
            return furthestEnd;
        }

        @Override
        void runs(int from, int to, Runs into) {
            if (to > from) {
                into.add(this, from, to - from);
            }
        }
    }

    /**
     * A piece made of runs of other, flat pieces: a key that adds or takes away a few suggestions in a piece, as a tag
     * of a word proposing itself at thousands of places does in every piece of the list, keeps the arrays of the
     * pieces before it and holds only which runs of them follow which, and its few new ones in a small flat piece of
     * their own. Made flat again when its runs grow many (decision 0080).
     */
    static final class Patched extends OfferedPiece {
        private final Flat[] sources;
        private final int[] sourceFrom;
        /** Where each run begins in this piece, and the piece's size last. */
        private final int[] runStart;
        private final int furthestEnd;
        /** The run last read from. */
        private int lastRun;

        Patched(Flat[] sources, int[] sourceFrom, int[] runStart) {
            this.sources = sources;
            this.sourceFrom = sourceFrom;
            this.runStart = runStart;
            int end = 0;
            for (int run = 0; run < sources.length; run++) {
                for (int k = 0; k < runStart[run + 1] - runStart[run]; k++) {
                    end = Math.max(end, sources[run].spanEnd(sourceFrom[run] + k));
                }
            }
            this.furthestEnd = end;
        }

        @Override
        int size() {
            return runStart[sources.length];
        }

        @Override
        Suggestion item(int k) {
            int run = runOf(k);
            return sources[run].item(sourceFrom[run] + k - runStart[run]);
        }

        @Override
        int spanStart(int k) {
            int run = runOf(k);
            return sources[run].spanStart(sourceFrom[run] + k - runStart[run]);
        }

        @Override
        int spanEnd(int k) {
            int run = runOf(k);
            return sources[run].spanEnd(sourceFrom[run] + k - runStart[run]);
        }

        @Override
        int furthestEnd() {
            return furthestEnd;
        }

        @Override
        void runs(int from, int to, Runs into) {
            for (int run = runOf(from); run < sources.length && runStart[run] < to; run++) {
                int start = Math.max(from, runStart[run]);
                int end = Math.min(to, runStart[run + 1]);
                into.add(sources[run], sourceFrom[run] + start - runStart[run], end - start);
            }
        }

        /**
         * The run holding the item at {@code k}: the last one found or the next, as a key's merge reads the list in
         * order, else by halving. Halving for every read was a tenth of the suggestions' thread per key (decision
         * 0080). The last run found is a hint checked before it is used, so threads reading the piece at once may
         * each see any value of it.
         */
        private int runOf(int k) {
            int near = lastRun;
            if (runStart[near] <= k && k < runStart[near + 1]) {
                return near;
            }
            int run = near + 2 < runStart.length && runStart[near + 1] <= k && k < runStart[near + 2] ? near + 1
                    : SortedInts.firstAbove(runStart, 0, k) - 1;
            lastRun = run;
            return run;
        }
    }
}
