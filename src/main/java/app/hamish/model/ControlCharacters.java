package app.hamish.model;

/**
 * Characters a name or an id may not hold, because Hamish shows it on one line among others: in messages, logs,
 * the command line's tables, CSV cells and the comments of CoNLL and brat files. A line break there forges lines, a
 * tab forges columns, and a bidi embedding, override or isolate makes the name display as another (U+202E turns
 * {@code gpj.exe} into {@code exe.jpg}). Texts and notes hold them as they come.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** C0 and C1 controls (tab, line feed, NEL among them), the line and paragraph separators, bidi controls. */
    public static boolean is(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /**
     * {@code value} with each control character written as {@code \\uXXXX}: a name that a workspace from before they
     * were refused still holds (decision 0112), printed without forging a line or turning the rest around.
     */
    public static String shown(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> {
            if (is(codePoint)) {
                shown.append("\\u%04X".formatted(codePoint));
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    /** Why {@code value}, the {@code field}, cannot be taken, or null: its first control character and where. */
    public static String problem(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0, at = 0; i < value.length(); at++) {
            int codePoint = value.codePointAt(i);
            if (is(codePoint)) {
                return "%s holds a control character (U+%04X) at character %d; a name or id is shown on one line"
                        .formatted(field, codePoint, at);
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }
}
