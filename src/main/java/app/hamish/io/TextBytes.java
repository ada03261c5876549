package app.hamish.io;

import app.hamish.model.ArticleText;
import java.nio.charset.StandardCharsets;

/**
 * An article's text encoded as UTF-8 once, for the many cells an export cuts from it: for each code-point offset,
 * where its bytes begin, and how many code points before it would make a cell quoted, hold a quote, or need escaping
 * in JSON, so that the cell of a span is a copy of a run of bytes found without reading the span again.
 */
final class TextBytes {
    private final byte[] utf8;
    /** For each code-point offset 0..length, where its bytes begin (the text's byte length at the end). */
    private final int[] byteAt;
    /** For each code-point offset 0..length, how many of the code points before it {@link CsvCells#breaksCell}. */
    private final int[] cellBreaks;
    /** The same for {@code "}. */
    private final int[] quotes;
    /** The same for the characters Hamish's JSON escapes: controls, quote, backslash, NEL, U+2028, U+2029. */
    private final int[] jsonEscapes;

    TextBytes(ArticleText text) {
        // An article's text holds no unpaired surrogate (ArticleText refuses one), so these are every code point's
        // UTF-8; a text read from a workspace is the bytes it stores, not decoded.
        utf8 = text.utf8();
        int length = text.codePointLength();
        byteAt = new int[length + 1];
        cellBreaks = new int[length + 1];
        quotes = new int[length + 1];
        jsonEscapes = new int[length + 1];
        int at = 0;
        for (int offset = 0; offset < length; offset++) {
            byteAt[offset] = at;
            int c = firstCodePoint(at);
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            boolean quote = c == '"';
            cellBreaks[offset + 1] = cellBreaks[offset] + (CsvCells.breaksCell(c) ? 1 : 0);
            quotes[offset + 1] = quotes[offset] + (quote ? 1 : 0);
            jsonEscapes[offset + 1] = jsonEscapes[offset] + (JsonBytes.escaped(c) ? 1 : 0);
        }
        byteAt[length] = at;
    }

    byte[] utf8() {
        return utf8;
    }

    int byteAt(int offset) {
        return byteAt[offset];
    }

    boolean breaksCell(int from, int to) {
        return cellBreaks[to] != cellBreaks[from];
    }

    boolean holdsQuote(int from, int to) {
        return quotes[to] != quotes[from];
    }

    boolean needsJsonEscapes(int from, int to) {
        return jsonEscapes[to] != jsonEscapes[from];
    }

    /** {@link CsvCells#startsLikeFormula} of the code points {@code from} to {@code to}, which are not none. */
    boolean startsLikeFormula(int from, int to) {
        Boolean decided = CsvCells.formulaByFirst(firstCodePoint(byteAt[from]));
        if (decided != null) {
            return decided;
        }
        return CsvCells.startsLikeFormula(new String(utf8, byteAt[from], byteAt[to] - byteAt[from],
                StandardCharsets.UTF_8));
    }

    /** The code point whose UTF-8 begins at {@code at}. */
    private int firstCodePoint(int at) {
        int lead = utf8[at] & 0xFF;
        if (lead < 0x80) {
            return lead;
        }
        if (lead < 0xE0) {
            return (lead & 0x1F) << 6 | utf8[at + 1] & 0x3F;
        }
        if (lead < 0xF0) {
            return (lead & 0x0F) << 12 | (utf8[at + 1] & 0x3F) << 6 | utf8[at + 2] & 0x3F;
        }
        return (lead & 0x07) << 18 | (utf8[at + 1] & 0x3F) << 12 | (utf8[at + 2] & 0x3F) << 6 | utf8[at + 3] & 0x3F;
    }
}
