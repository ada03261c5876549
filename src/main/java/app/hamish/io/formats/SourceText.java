package app.hamish.io.formats;

import app.hamish.io.TextDecoding;
import app.hamish.model.ArticleText;
import java.util.Arrays;

/**
 * A text as another tool counted it, the same text as Hamish stores it (byte-order marks at the start dropped, line
 * endings made {@code \n}), and the map between their code-point offsets. Offsets are checked against the tool's
 * text, then moved to the stored one: each CR of a CRLF and the byte-order marks at the start are the only characters
 * dropped, so an offset moves back by the number of them before it.
 */
final class SourceText {
    private final ArticleText source;
    private final ArticleText stored;
    /** Code-point offsets in the source of the characters the stored text drops, ascending. */
    private final int[] dropped;

    private SourceText(ArticleText source, ArticleText stored, int[] dropped) {
        this.source = source;
        this.stored = stored;
        this.dropped = dropped;
    }

    /** @throws IllegalArgumentException if the text holds an unpaired surrogate */
    static SourceText of(String text) {
        ArticleText source = ArticleText.of(text);
        int marks = TextDecoding.leadingMarks(text);
        int[] dropped = new int[marks + 8];
        int count = 0;
        while (count < marks) {
            dropped[count] = count;
            count++;
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (count == dropped.length) {
                    dropped = Arrays.copyOf(dropped, count * 2);
                }
                dropped[count++] = source.toCodePoints(i);
            }
        }
        return new SourceText(source, ArticleText.of(TextDecoding.normalise(text)), Arrays.copyOf(dropped, count));
    }

    ArticleText source() {
        return source;
    }

    ArticleText stored() {
        return stored;
    }

    /** The stored-text offset of a source offset (0..source length). */
    int toStored(int sourceOffset) {
        int found = Arrays.binarySearch(dropped, sourceOffset);
        return sourceOffset - (found >= 0 ? found : -found - 1);
    }
}
