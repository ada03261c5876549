package app.hamish.model;

/** Base direction of an article's paragraphs, decided by the letters it holds. */
public enum ScriptDirection {
    RTL, LTR;

    /** Each BMP character's directionality, looked up once: an import decides this for every character it reads. */
    private static final byte[] BMP_DIRECTIONALITY = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_DIRECTIONALITY[c] = Character.getDirectionality((char) c);
        }
    }

    /** Right-to-left when strong right-to-left letters outnumber left-to-right ones. */
    public static ScriptDirection of(String text) {
        long rightToLeft = 0;
        long leftToRight = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int codePoint = Character.isSurrogate(c) ? text.codePointAt(i) : c;
            byte directionality = codePoint == c ? BMP_DIRECTIONALITY[c] : Character.getDirectionality(codePoint);
            switch (directionality) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
                        rightToLeft++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> leftToRight++;
                default -> {
                }
            }
            i += Character.charCount(codePoint);
        }
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
