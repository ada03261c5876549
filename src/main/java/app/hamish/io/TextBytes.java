package app.hamish.io;

import app.hamish.model.ArticleText;
import java.nio.charset.StandardCharsets;

/**
 * An article's text encoded as UTF-8 once, for the many cells an export cuts from it: where each character's bytes
 * begin, and how many characters before each one would make a cell quoted, hold a quote, or need escaping in JSON,
 * so that a cell of a span is a copy of a run of bytes found without reading the span again.
 */
final class TextBytes {
    private final String value;
    private final byte[] utf8;
    /** For each UTF-16 index 0..length, where its character's bytes begin (the text's byte length at the end). */
    private final int[] byteAt;
    /** For each UTF-16 index 0..length, how many of the characters before it are {@code " , CR LF}. */
    private final int[] cellBreaks;
    /** The same for {@code "}. */
    private final int[] quotes;
    /** The same for the characters Hamish's JSON escapes: controls, quote, backslash, NEL, U+2028, U+2029. */
    private final int[] jsonEscapes;

    TextBytes(ArticleText text) {
        value = text.value();
        // An article's text holds no unpaired surrogate (ArticleText refuses one), so this is every character's UTF-8.
        utf8 = value.getBytes(StandardCharsets.UTF_8);
        int length = value.length();
        byteAt = new int[length + 1];
        cellBreaks = new int[length + 1];
        quotes = new int[length + 1];
        jsonEscapes = new int[length + 1];
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            byteAt[i] = at;
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            boolean quote = c == '"';
            cellBreaks[i + 1] = cellBreaks[i] + (quote || c == ',' || c == '\n' || c == '\r' ? 1 : 0);
            quotes[i + 1] = quotes[i] + (quote ? 1 : 0);
            jsonEscapes[i + 1] = jsonEscapes[i] + (c < 0x20 || quote || c == '\\' || c == 0x85 || c == 0x2028
                    || c == 0x2029 ? 1 : 0);
        }
        byteAt[length] = at;
    }

    String value() {
        return value;
    }

    byte[] utf8() {
        return utf8;
    }

    int byteAt(int utf16Index) {
        return byteAt[utf16Index];
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
}
