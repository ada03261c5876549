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

    static String describe(ArticleText text, Span span, String expected) {
        String message = "span " + span + " is “" + text.slice(span) + "” in the text, but the file says “"
                + expected + "”";
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

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
