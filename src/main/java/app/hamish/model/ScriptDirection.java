package app.hamish.model;

/** Base direction of an article's paragraphs, decided by the letters it holds. */
public enum ScriptDirection {
    RTL, LTR;

    /** A character's strength as the bit of the count it adds to: none for all but strong letters. */
    private static final byte RIGHT_TO_LEFT = 1;
    private static final byte LEFT_TO_RIGHT = 2;
    /** Half of a character outside the BMP, whose directionality is looked up by its code point. */
    private static final byte SURROGATE = 3;

    /**
     * Each BMP character's strength, looked up once: an import decides this for every character it reads, and a
     * count that adds the table's bits needs no branch a character.
     */
    private static final byte[] BMP_STRENGTH = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_STRENGTH[c] = Character.isSurrogate((char) c) ? SURROGATE
                    : strength(Character.getDirectionality((char) c));
        }
    }

    private static byte strength(byte directionality) {
        return switch (directionality) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
                    RIGHT_TO_LEFT;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> LEFT_TO_RIGHT;
            default -> 0;
        };
    }

    /** Right-to-left when strong right-to-left letters outnumber left-to-right ones. */
    public static ScriptDirection of(String text) {
        long rightToLeft = 0;
        long leftToRight = 0;
        for (int i = 0; i < text.length(); i++) {
            int strength = BMP_STRENGTH[text.charAt(i)];
            if (strength == SURROGATE) {
                // An unpaired half is its own code point, one character long, as Character reads it.
                int codePoint = text.codePointAt(i);
                strength = strength(Character.getDirectionality(codePoint));
                i += Character.charCount(codePoint) - 1;
            }
            rightToLeft += strength & RIGHT_TO_LEFT;
            leftToRight += strength >>> 1;
        }
        return of(rightToLeft, leftToRight);
    }

    /**
     * The strength of a BMP character that is not a surrogate, as {@link #of(String)} counts it: the right-to-left
     * bit (1) or the left-to-right bit (2), or none.
     */
    static int bmpStrength(int character) {
        return BMP_STRENGTH[character];
    }

    /** The same for a character outside the BMP. */
    static int strengthOf(int supplementaryCodePoint) {
        return strength(Character.getDirectionality(supplementaryCodePoint));
    }

    /** The direction of a text with these counts of strong letters. */
    static ScriptDirection of(long rightToLeft, long leftToRight) {
        return rightToLeft >= leftToRight && rightToLeft > 0 ? RTL : LTR;
    }

    private static final ScriptDirection[] ALL = values();

    /** Kept, not lower-cased again: exports write one for each of a million annotations. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    public static ScriptDirection fromCode(String code) {
        for (ScriptDirection known : ALL) {
            if (known.code.equals(code)) {
                return known;
            }
        }
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
