package app.hamish.model;

/**
 * Bytes that are an article's text as a workspace stores it, found so in one pass without decoding them: strictly
 * valid UTF-8 (no overlong form, no surrogate, nothing past U+10FFFF, no truncated character), and none of what
 * reading a file would change or refuse (a leading byte-order mark, a carriage return, a NUL). The same pass counts
 * the code points and the strong letters of each direction, so the import needs neither the text as a string nor its
 * index of code points: the workspace stores these bytes.
 */
public final class PlainUtf8 {
    private final byte[] utf8;
    private final ArticleText text;
    private final ScriptDirection direction;

    private PlainUtf8(byte[] utf8, ArticleText text, ScriptDirection direction) {
        this.utf8 = utf8;
        this.text = text;
        this.direction = direction;
    }

    /** @return the text and its direction, or null when the bytes are empty or not plain, for the careful reading */
    public static PlainUtf8 scan(byte[] bytes) {
        int length = bytes.length;
        if (length == 0 || length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF) {
            return null;
        }
        int codePoints = 0;
        int supplementary = 0;
        long rightToLeft = 0;
        long leftToRight = 0;
        int at = 0;
        // The lead byte says how long the character is; the checks are those of the Unicode Standard's table 3-7 of
        // well-formed UTF-8, which the strict decoder applies too.
        while (at < length) {
            int lead = bytes[at];
            int strength;
            if (lead >= 0) {
                if (lead == 0 || lead == '\r') {
                    return null;
                }
                strength = ScriptDirection.bmpStrength(lead);
                at++;
            } else if (lead < (byte) 0xE0) {
                if (lead < (byte) 0xC2 || at + 1 >= length || !continues(bytes[at + 1])) {
                    return null;
                }
                strength = ScriptDirection.bmpStrength((lead & 0x1F) << 6 | bytes[at + 1] & 0x3F);
                at += 2;
            } else if (lead < (byte) 0xF0) {
                if (at + 2 >= length || !continues(bytes[at + 1]) || !continues(bytes[at + 2])) {
                    return null;
                }
                int codePoint = (lead & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F;
                if (codePoint < 0x800 || Character.isSurrogate((char) codePoint)) {
                    return null;
                }
                strength = ScriptDirection.bmpStrength(codePoint);
                at += 3;
            } else {
                if (lead > (byte) 0xF4 || at + 3 >= length || !continues(bytes[at + 1]) || !continues(bytes[at + 2])
                        || !continues(bytes[at + 3])) {
                    return null;
                }
                int codePoint = (lead & 0x07) << 18 | (bytes[at + 1] & 0x3F) << 12 | (bytes[at + 2] & 0x3F) << 6
                        | bytes[at + 3] & 0x3F;
                if (codePoint < 0x10000 || codePoint > Character.MAX_CODE_POINT) {
                    return null;
                }
                strength = ScriptDirection.strengthOf(codePoint);
                supplementary++;
                at += 4;
            }
            codePoints++;
            rightToLeft += strength & 1;
            leftToRight += strength >>> 1;
        }
        return new PlainUtf8(bytes, ArticleText.ofUtf8(bytes, codePoints, supplementary),
                ScriptDirection.of(rightToLeft, leftToRight));
    }

    /** The text, decoded from the bytes only if something reads it. */
    public ArticleText text() {
        return text;
    }

    /** The text's direction, as {@link ScriptDirection#of(String)} decides it. */
    public ScriptDirection direction() {
        return direction;
    }

    /** The bytes the text was found in, to store as they are. */
    public byte[] utf8() {
        return utf8;
    }

    private static boolean continues(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
