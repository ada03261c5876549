package app.hamish.model;

/** Base direction of an article's paragraphs, decided by the letters it holds. */
public enum ScriptDirection {
    RTL, LTR;

    /** Right-to-left when strong right-to-left letters outnumber left-to-right ones. */
    public static ScriptDirection of(String text) {
        long rightToLeft = 0;
        long leftToRight = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
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
