package app.hamish.model;

/**
 * Unicode's White_Space: what Java's {@link Character#isWhitespace} and {@link Character#isSpaceChar} say together,
 * and NEL (U+0085), which neither does. Web text carries NEL as a line break; a span of it says nothing, and CoNLL
 * cannot give it a token.
 */
public final class WhiteSpace {
    private WhiteSpace() {
    }

    public static boolean is(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }
}
