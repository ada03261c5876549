package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list made of another one's suggestions with new ones between them (decision 0080): it reads as those suggestions
 * in order, holds the other list's arrays where it adds a few to a piece, and is made flat where the runs between
 * its new ones would be many.
 */
class OfferedListTest {
    private final OfferedList before = OfferedList.of(suggestions(4 * OfferedList.PIECE, 0));

    @Test
    void aFewAddedToEachPieceKeepTheArraysOfThePiecesBefore() {
        piecesAddingAfterEvery(32, OfferedPiece.Patched.class);
    }

    @Test
    void aPieceWhoseRunsWouldBeManyIsMadeFlat() {
        piecesAddingAfterEvery(4, OfferedPiece.Flat.class);
    }

    /**
     * The list before with a new suggestion after every {@code every}th: it reads as those suggestions, their spans
     * too, each of its pieces a {@code kind}.
     */
    private void piecesAddingAfterEvery(int every, Class<? extends OfferedPiece> kind) {
        List<Suggestion> expected = new ArrayList<>();
        OfferedList after = everyOneOf(before, every, expected);

        assertThat(after).containsExactlyElementsOf(expected);
        for (int k = 0; k < after.pieceCount(); k++) {
            assertThat(after.piece(k)).as("piece %d", k).isInstanceOf(kind);
        }
        OfferedList.Reader reader = after.reader();
        for (int k = 0; k < expected.size(); k++) {
            assertThat(reader.spanStart(k)).as("start %d", k).isEqualTo(expected.get(k).span().start());
            assertThat(reader.spanEnd(k)).as("end %d", k).isEqualTo(expected.get(k).span().end());
        }
    }

    @Test
    void aPieceTakenApartAndPutTogetherAgainIsThePieceItWas() {
        List<Suggestion> expected = new ArrayList<>();
        OfferedList added = everyOneOf(before, 32, expected);
        OfferedList.Builder without = new OfferedList.Builder();
        for (int k = 0; k < added.size(); k++) {
            if (added.get(k).span().length() == 5) {
                without.add(added, k, k + 1);
            }
        }
        OfferedList after = without.build();

        assertThat(after).containsExactlyElementsOf(before);
        for (int k = 0; k < after.pieceCount(); k++) {
            assertThat(after.piece(k)).as("piece %d", k).isSameAs(before.piece(k));
        }
    }

    /** {@code list}'s suggestions one by one, with a new one after every {@code every}th, listed in {@code into}. */
    private static OfferedList everyOneOf(OfferedList list, int every, List<Suggestion> into) {
        OfferedList.Builder builder = new OfferedList.Builder();
        for (int k = 0; k < list.size(); k++) {
            builder.add(list, k, k + 1);
            into.add(list.get(k));
            if (k % every == every - 1) {
                Suggestion added = suggestion(list.get(k).span().end() + 1, 1);
                builder.add(added);
                into.add(added);
            }
        }
        return builder.build();
    }

    private static List<Suggestion> suggestions(int count, int from) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            suggestions.add(suggestion(from + k * 10, 5));
        }
        return suggestions;
    }

    private static Suggestion suggestion(int start, int length) {
        return new Suggestion(1, new Span(start, start + length), Label.ENTITY, null, SuggestionSource.PROPAGATION,
                "");
    }
}
