package app.hamish.io.formats;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;

/**
 * The message for a span whose text in the file differs from the text at its offsets, naming the two known ways
 * other tools drift: counting UTF-16 code units (JavaScript) instead of code points, and collapsing white space.
 */
final class SpanTextMismatch {
    private SpanTextMismatch() {
    }

    /** Texts longer than this are shown shortened: a refusal names up to 20 problems, and a span can be long. */
    private static final int SHOWN = 60;

    static String describe(ArticleText text, Span span, String expected) {
        String message = "span " + span + " is “" + shortened(text.slice(span)) + "” in the text, but the file says “"
                + shortened(expected) + "”";
        String utf16 = utf16Hint(text, span.start(), span.end(), expected);
        if (!utf16.isEmpty()) {
            return message + utf16;
        }
        if (collapse(text.slice(span)).equals(collapse(expected))) {
            return message + "; they differ only in white space (some tools collapse repeated spaces)";
        }
        return message;
    }

    /** A note that the offsets fit the text when counted in UTF-16 code units, or "". */
    static String utf16Hint(ArticleText text, long start, long end, String expected) {
        String value = text.value();
        boolean fits = expected != null && end <= value.length()
                && value.substring((int) start, (int) end).equals(expected);
        return fits ? "; its offsets count UTF-16 code units (as JavaScript does), not code points" : "";
    }

    /** The text, or its first and last characters around an ellipsis and the count of code points. */
    static String shortened(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= SHOWN) {
            return text;
        }
        int head = text.offsetByCodePoints(0, SHOWN * 2 / 3);
        int tail = text.offsetByCodePoints(text.length(), -SHOWN / 3);
        return text.substring(0, head) + "…" + text.substring(tail) + " (" + length + " characters)";
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
