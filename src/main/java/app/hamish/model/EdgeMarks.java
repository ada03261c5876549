package app.hamish.model;

import java.util.Optional;

/**
 * The invisible characters that text taken from web pages puts before or after words, and that one tool takes into
 * a span and another leaves out without either changing what the span says: bidi marks (LRM, RLM, ALM), embeddings,
 * overrides and isolates, zero-width space, joiners and word joiner, and the byte-order mark.
 */
public final class EdgeMarks {
    private EdgeMarks() {
    }

    public static boolean isMark(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x180E || codePoint >= 0x200B && codePoint <= 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2060 && codePoint <= 0x2064
                || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0xFEFF;
    }

    /** A mark or white space, NBSP included: what may differ at the edges of two spans that say the same. */
    public static boolean isMarkOrSpace(int codePoint) {
        return isMark(codePoint) || WhiteSpace.is(codePoint);
    }

    /**
     * The span without marks and white space at either end: spans with the same core say the same, whichever
     * convention made them. Empty when nothing else is in it.
     */
    public static Optional<Span> core(ArticleText text, Span span) {
        return text.trim(span, EdgeMarks::isMarkOrSpace);
    }
}
