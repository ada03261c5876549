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
    private static final OfferedList EMPTY = new OfferedList(new Piece[0], new int[] {0});

    private final Piece[] pieces;
    /** Where each piece begins in the list, and the list's size last. */
    private final int[] starts;

    private OfferedList(Piece[] pieces, int[] starts) {
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
        return pieces[piece].items[index - starts[piece]];
    }

    @Override
    public int size() {
        return starts[pieces.length];
    }

    int pieceCount() {
        return pieces.length;
    }

    Piece piece(int k) {
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
            return pieces[piece].items[index - starts[piece]];
        }

        /** Where the span of the suggestion at {@code index} begins, read without reading the suggestion. */
        int spanStart(int index) {
            move(index);
            return pieces[piece].spanStarts[index - starts[piece]];
        }

        /** Where the span of the suggestion at {@code index} ends. */
        int spanEnd(int index) {
            move(index);
            return pieces[piece].spanEnds[index - starts[piece]];
        }

        private void move(int index) {
            if (index < starts[piece] || index >= starts[piece + 1]) {
                boolean next = piece + 1 < pieces.length && index >= starts[piece + 1] && index < starts[piece + 2];
                piece = next ? piece + 1 : pieceOf(index);
            }
        }
    }

    /**
     * Some suggestions next to each other in the list, their spans as plain ints and the furthest end of them.
     * Immutable. A key's merge reads the spans of the hundreds of thousands of suggestions around its thousands of
     * places: read through each suggestion and its span, two objects apart in the heap, most of its time was waiting
     * for memory (decision 0071).
     */
    static final class Piece {
        private final Suggestion[] items;
        private final int[] spanStarts;
        private final int[] spanEnds;
        private final int furthestEnd;

        private Piece(Suggestion[] items, int[] spanStarts, int[] spanEnds) {
            this.items = items;
            this.spanStarts = spanStarts;
            this.spanEnds = spanEnds;
            int end = 0;
            for (int spanEnd : spanEnds) {
                end = Math.max(end, spanEnd);
            }
            this.furthestEnd = end;
        }

        int size() {
            return items.length;
        }

        Suggestion first() {
            return items[0];
        }

        Suggestion last() {
            return items[items.length - 1];
        }

        int furthestEnd() {
            return furthestEnd;
        }
    }

    /**
     * Makes a list from suggestions and whole pieces of other lists, in order. A piece given whole is kept as it is,
     * unless what was added before it would make a piece too short, when both are joined in a new one: so pieces cut
     * small by a key are joined again when a key next passes by, and a key makes new pieces only where it adds.
     */
    static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();
        private final Suggestion[] pending = new Suggestion[PIECE];
        private final int[] pendingStarts = new int[PIECE];
        private final int[] pendingEnds = new int[PIECE];
        private int pendingSize;
        private int size;

        void add(Suggestion suggestion) {
            add(suggestion, suggestion.span().start(), suggestion.span().end());
        }

        private void add(Suggestion suggestion, int spanStart, int spanEnd) {
            if (pendingSize == PIECE) {
                flush();
            }
            pending[pendingSize] = suggestion;
            pendingStarts[pendingSize] = spanStart;
            pendingEnds[pendingSize++] = spanEnd;
            size++;
        }

        void add(Piece piece) {
            if (pendingSize > 0 && pendingSize + piece.size() <= PIECE) {
                System.arraycopy(piece.items, 0, pending, pendingSize, piece.size());
                System.arraycopy(piece.spanStarts, 0, pendingStarts, pendingSize, piece.size());
                System.arraycopy(piece.spanEnds, 0, pendingEnds, pendingSize, piece.size());
                pendingSize += piece.size();
            } else {
                flush();
                pieces.add(piece);
            }
            size += piece.size();
        }

        /** The suggestions of {@code list} from {@code from} to {@code to}, its pieces taken whole where whole. */
        void add(OfferedList list, int from, int to) {
            int at = from;
            while (at < to) {
                int piece = list.pieceOf(at);
                Piece whole = list.pieces[piece];
                int offset = at - list.starts[piece];
                int count = Math.min(to - at, whole.size() - offset);
                if (count == whole.size()) {
                    add(whole);
                } else {
                    for (int k = offset; k < offset + count; k++) {
                        add(whole.items[k], whole.spanStarts[k], whole.spanEnds[k]);
                    }
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
            return new OfferedList(pieces.toArray(Piece[]::new), starts);
        }

        private void flush() {
            if (pendingSize > 0) {
                pieces.add(new Piece(Arrays.copyOf(pending, pendingSize), Arrays.copyOf(pendingStarts, pendingSize),
                        Arrays.copyOf(pendingEnds, pendingSize)));
                pendingSize = 0;
            }
        }
    }
}
