package app.hamish.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The offered suggestions, in text order, held in pieces of a few hundred: the list after a key shares with the one
 * before it every piece the key did not touch. A flat list was an array of 320,000 references on the bench article
 * made again for every key, which lived until the next key and so was copied by the young collections that found it
 * alive, then promoted (decision 0066). Immutable.
 */
public final class OfferedList extends AbstractList<Suggestion> implements RandomAccess {
    /** The most suggestions a piece holds. */
    static final int PIECE = 256;
    private static final OfferedList EMPTY = new OfferedList(new OfferedPiece[0], new int[] {0});

    private final OfferedPiece[] pieces;
    /** Where each piece begins in the list, and the list's size last. */
    private final int[] starts;

    private OfferedList(OfferedPiece[] pieces, int[] starts) {
        this.pieces = pieces;
        this.starts = starts;
    }

    /** These suggestions (in text order), in pieces of their own. */
    public static OfferedList of(List<Suggestion> suggestions) {
        if (suggestions instanceof OfferedList offered) {
            return offered;
        }
        Builder builder = new Builder();
        suggestions.forEach(builder::add);
        return builder.build();
    }

    @Override
    public Suggestion get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int piece = pieceOf(index);
        return pieces[piece].item(index - starts[piece]);
    }

    @Override
    public int size() {
        return starts[pieces.length];
    }

    int pieceCount() {
        return pieces.length;
    }

    OfferedPiece piece(int k) {
        return pieces[k];
    }

    /** Where the {@code k}th piece begins in the list. */
    int pieceStart(int k) {
        return starts[k];
    }

    /** The piece holding the suggestion at {@code index}, by halving over where the pieces begin. */
    private int pieceOf(int index) {
        int low = 0;
        int high = pieces.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Reads the list at places mostly near the last one read, without halving for each. */
    Reader reader() {
        return new Reader();
    }

    /** A place in the list: the piece last read from. */
    final class Reader {
        private int piece;

        Suggestion get(int index) {
            move(index);
            return pieces[piece].item(index - starts[piece]);
        }

        /** Where the span of the suggestion at {@code index} begins, read without reading the suggestion. */
        int spanStart(int index) {
            move(index);
            return pieces[piece].spanStart(index - starts[piece]);
        }

        /** Where the span of the suggestion at {@code index} ends. */
        int spanEnd(int index) {
            move(index);
            return pieces[piece].spanEnd(index - starts[piece]);
        }

        private void move(int index) {
            if (index < starts[piece] || index >= starts[piece + 1]) {
                boolean next = piece + 1 < pieces.length && index >= starts[piece + 1] && index < starts[piece + 2];
                piece = next ? piece + 1 : pieceOf(index);
            }
        }
    }

    /**
     * Makes a list from suggestions and whole pieces of other lists, in order. A piece given whole is kept as it is,
     * unless what was added before it would make a piece too short, when both are joined in a new one: so pieces cut
     * small by a key are joined again when a key next passes by, and a key makes new pieces only where it adds. A new
     * piece made mostly of runs of the pieces before it holds those runs, not copies of them: a tag of a word that
     * proposes itself everywhere adds a few suggestions to every piece, and copying all of them made ~3.8 MB per such
     * key on the bench article that lived as long as the list (decision 0080).
     */
    static final class Builder {
        /** The most runs a piece of runs holds before it is made flat: each read of it halves over them. */
        private static final int MOST_RUNS = 64;
        /** The most pieces before it a piece of runs reads from: it keeps each of them alive, all of its items. */
        private static final int MOST_SOURCES = 3;

        private final List<OfferedPiece> pieces = new ArrayList<>();
        /** The piece being made, as runs of flat pieces; a run of none is of the suggestions added one by one. */
        private final OfferedPiece.Flat[] runSource = new OfferedPiece.Flat[PIECE];
        private final int[] runFrom = new int[PIECE];
        private final int[] runCount = new int[PIECE];
        private int runs;
        private final Suggestion[] added = new Suggestion[PIECE];
        private final int[] addedStarts = new int[PIECE];
        private final int[] addedEnds = new int[PIECE];
        private int addedSize;
        private int pendingSize;
        private int size;
        private final OfferedPiece.Runs taking = this::addRuns;

        void add(Suggestion suggestion) {
            if (pendingSize == PIECE) {
                flush();
            }
            added[addedSize] = suggestion;
            addedStarts[addedSize] = suggestion.span().start();
            addedEnds[addedSize] = suggestion.span().end();
            addRun(null, addedSize++, 1);
        }

        void add(OfferedPiece piece) {
            if (pendingSize > 0 && pendingSize + piece.size() <= PIECE) {
                piece.runs(0, piece.size(), taking);
            } else {
                flush();
                pieces.add(piece);
                size += piece.size();
            }
        }

        /** The suggestions of {@code list} from {@code from} to {@code to}, its pieces taken whole where whole. */
        void add(OfferedList list, int from, int to) {
            int at = from;
            while (at < to) {
                int piece = list.pieceOf(at);
                OfferedPiece whole = list.pieces[piece];
                int offset = at - list.starts[piece];
                int count = Math.min(to - at, whole.size() - offset);
                if (count == whole.size()) {
                    add(whole);
                } else {
                    whole.runs(offset, offset + count, taking);
                }
                at += count;
            }
        }

        /** How many suggestions were added so far. */
        int size() {
            return size;
        }

        OfferedList build() {
            flush();
            if (pieces.isEmpty()) {
                return EMPTY;
            }
            int[] starts = new int[pieces.size() + 1];
            for (int k = 0; k < pieces.size(); k++) {
                starts[k + 1] = starts[k] + pieces.get(k).size();
            }
            return new OfferedList(pieces.toArray(OfferedPiece[]::new), starts);
        }

        private void addRuns(OfferedPiece.Flat source, int from, int count) {
            int at = from;
            int left = count;
            while (left > 0) {
                if (pendingSize == PIECE) {
                    flush();
                }
                int taken = Math.min(left, PIECE - pendingSize);
                addRun(source, at, taken);
                at += taken;
                left -= taken;
            }
        }

        private void addRun(OfferedPiece.Flat source, int from, int count) {
            if (runs > 0 && runSource[runs - 1] == source && runFrom[runs - 1] + runCount[runs - 1] == from) {
                runCount[runs - 1] += count;
            } else {
                runSource[runs] = source;
                runFrom[runs] = from;
                runCount[runs++] = count;
            }
            pendingSize += count;
            size += count;
        }

        private void flush() {
            if (pendingSize > 0) {
                pieces.add(pending());
                Arrays.fill(runSource, 0, runs, null);
                Arrays.fill(added, 0, addedSize, null);
                runs = 0;
                addedSize = 0;
                pendingSize = 0;
            }
        }

        private OfferedPiece pending() {
            if (runs == 1 && runSource[0] != null && runFrom[0] == 0 && runCount[0] == runSource[0].size()) {
                // A piece taken apart and put together again, as a key and its reversal do: the piece it was.
                return runSource[0];
            }
            OfferedPiece.Flat ownItems = new OfferedPiece.Flat(Arrays.copyOf(added, addedSize),
                    Arrays.copyOf(addedStarts, addedSize), Arrays.copyOf(addedEnds, addedSize));
            if (addedSize * 2 >= pendingSize || runs > MOST_RUNS || sources() > MOST_SOURCES) {
                return flat(ownItems);
            }
            OfferedPiece.Flat[] sources = new OfferedPiece.Flat[runs];
            int[] runStart = new int[runs + 1];
            for (int run = 0; run < runs; run++) {
                sources[run] = runSource[run] == null ? ownItems : runSource[run];
                runStart[run + 1] = runStart[run] + runCount[run];
            }
            return new OfferedPiece.Patched(sources, Arrays.copyOf(runFrom, runs), runStart);
        }

        /** How many pieces before it the piece being made reads from. */
        private int sources() {
            OfferedPiece.Flat[] seen = new OfferedPiece.Flat[MOST_SOURCES + 1];
            int count = 0;
            for (int run = 0; run < runs && count <= MOST_SOURCES; run++) {
                boolean known = runSource[run] == null;
                for (int k = 0; k < count && !known; k++) {
                    known = seen[k] == runSource[run];
                }
                if (!known) {
                    seen[count++] = runSource[run];
                }
            }
            return count;
        }

        private OfferedPiece.Flat flat(OfferedPiece.Flat ownItems) {
            if (runs == 1 && runSource[0] == null) {
                return ownItems;
            }
            Suggestion[] items = new Suggestion[pendingSize];
            int[] starts = new int[pendingSize];
            int[] ends = new int[pendingSize];
            int at = 0;
            for (int run = 0; run < runs; run++) {
                OfferedPiece.Flat source = runSource[run] == null ? ownItems : runSource[run];
                for (int k = runFrom[run]; k < runFrom[run] + runCount[run]; k++) {
                    items[at] = source.item(k);
                    starts[at] = source.spanStart(k);
                    ends[at++] = source.spanEnd(k);
                }
            }
            return new OfferedPiece.Flat(items, starts, ends);
        }
    }
}
