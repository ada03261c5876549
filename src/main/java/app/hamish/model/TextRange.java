package app.hamish.model;

/** A range {@code [start, end)} of an article's text in UTF-16 indices, the text view's unit. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** The same range in code points, the unit Hamish stores and exports. */
    public Span toSpan(ArticleText text) {
        return text.spanFromUtf16(start, end);
    }
}
