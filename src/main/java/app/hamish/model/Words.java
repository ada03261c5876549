package app.hamish.model;

import java.util.Objects;

/**
 * Word boundaries in Arabic news text, for double-click selection and for snapping a dragged selection to whole
 * words. Indices are UTF-16, the text view's own unit; a surrogate pair is never split.
 *
 * <p>A word is a run of letters, digits and the marks (harakat) on them; tatweel is a letter. Clitics stay
 * attached ({@code والقاهرة} is one word): an analyst who wants less selects character by character. Some
 * characters join a word only where they stand inside one: ZWJ and ZWNJ between word characters, an apostrophe or
 * hyphen between two letters, and a dot between two tatweels, which scraped Arabic uses to slip past keyword
 * filters ({@code مواجـ.ـهة}).
 */
public final class Words {
    /**
     * Single letters written onto the next word: and, so, with, for, like (و ف ب ل ك). Up to {@link #MAX_PROCLITICS}
     * stand before a word (وبحسب); folding leaves them as they are.
     */
    public static final String PROCLITICS = "وفبلك";
    public static final int MAX_PROCLITICS = 2;

    private static final int TATWEEL = 0x0640;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Words() {
    }

    /**
     * The word holding the character at {@code index}, or ending just before it, as {@code [start, end)}; null
     * where there is none (white space, punctuation).
     */
    static int[] wordAt(String text, int index) {
        Objects.checkIndex(index, text.length() + 1);
        int at = ArticleText.splitsPair(text, index) ? index - 1 : index;
        if (at < text.length() && isWordCharAt(text, at)) {
            return new int[] {wordStart(text, at), wordEnd(text, at)};
        }
        if (at > 0 && isWordCharAt(text, previous(text, at))) {
            return new int[] {wordStart(text, previous(text, at)), at};
        }
        return null;
    }

    /**
     * The selection {@code [start, end)} grown so that no word is cut at either end, then trimmed of white space,
     * punctuation and invisible characters (bidi marks, joiners) at both ends; null if nothing is left.
     */
    static int[] snap(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int from = ArticleText.splitsPair(text, start) ? start - 1 : start;
        int to = ArticleText.splitsPair(text, end) ? end + 1 : end;
        if (from == to) {
            return null;
        }
        if (isWordCharAt(text, from)) {
            from = wordStart(text, from);
        }
        if (isWordCharAt(text, previous(text, to))) {
            to = wordEnd(text, previous(text, to));
        }
        while (from < to && isTrimmed(text.codePointAt(from))) {
            from = next(text, from);
        }
        while (to > from && isTrimmed(text.codePointBefore(to))) {
            to = previous(text, to);
        }
        return from < to ? new int[] {from, to} : null;
    }

    private static int wordStart(String text, int inWord) {
        int start = inWord;
        while (start > 0 && isWordCharAt(text, previous(text, start))) {
            start = previous(text, start);
        }
        return start;
    }

    private static int wordEnd(String text, int inWord) {
        int end = inWord;
        while (end < text.length() && isWordCharAt(text, end)) {
            end = next(text, end);
        }
        return end;
    }

    /** Whether the code point starting at {@code index} belongs to a word, judged with its neighbours. */
    private static boolean isWordCharAt(String text, int index) {
        int codePoint = text.codePointAt(index);
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int after = next(text, index);
        int following = after < text.length() ? text.codePointAt(after) : -1;
        return switch (codePoint) {
            case ZWJ, ZWNJ -> Character.isLetterOrDigit(baseBefore(text, index))
                    && Character.isLetterOrDigit(following);
            // Not dashes: Arabic news sets them between words, as in "التركي – الإسرائيلي".
            case '\'', '\u2019', '-', '\u2010', '\u2011' -> isJoinableLetter(baseBefore(text, index))
                    && isJoinableLetter(following);
            case '.' -> index > 0 && text.codePointBefore(index) == TATWEEL && following == TATWEEL;
            default -> isMark(codePoint) && Character.isLetterOrDigit(baseBefore(text, index));
        };
    }

    /**
     * A letter an apostrophe or hyphen may join. Not tatweel: a prefix drawn out before a quote, as in
     * {@code لـ’مملوك’}, is a clitic on a quoted word, not one word with an apostrophe.
     */
    private static boolean isJoinableLetter(int codePoint) {
        return Character.isLetter(codePoint) && codePoint != TATWEEL;
    }

    /** The code point before {@code index} that the marks there sit on, or -1 at the start of the text. */
    private static int baseBefore(String text, int index) {
        int at = index;
        while (at > 0) {
            int codePoint = text.codePointBefore(at);
            if (!isMark(codePoint)) {
                return codePoint;
            }
            at -= Character.charCount(codePoint);
        }
        return -1;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isTrimmed(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static int next(String text, int index) {
        return index + Character.charCount(text.codePointAt(index));
    }

    private static int previous(String text, int index) {
        return index - Character.charCount(text.codePointBefore(index));
    }
}
