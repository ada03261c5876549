package app.hamish.model;

/**
 * Whether a corpus's spans take in the invisible marks ({@link EdgeMarks}) that stand against their first or last
 * word (decision 0023): a suggestion follows it, so that, accepted, it matches the spans around it.
 */
public record BoundaryConvention(Edge leading, Edge trailing) {
    /** No convention shown: suggestions keep the word rules of a drag, which leave marks out. */
    public static final BoundaryConvention WORD_RULES = new BoundaryConvention(Edge.WORD_RULES, Edge.WORD_RULES);

    public enum Edge {
        /** Spans take in the marks against their word. */
        INCLUDED,
        /** Spans stop at the word. */
        EXCLUDED,
        /** Nothing shown either way: a span stays as the rules that made it left it. */
        WORD_RULES
    }

    /** The span grown over the marks against it, or trimmed of those in it, edge by edge. */
    public Span apply(ArticleText text, Span span) {
        int start = span.start();
        int end = span.end();
        if (leading == Edge.INCLUDED) {
            while (start > 0 && EdgeMarks.isMark(text.codePointAt(start - 1))) {
                start--;
            }
        } else if (leading == Edge.EXCLUDED) {
            while (start < end - 1 && EdgeMarks.isMark(text.codePointAt(start))) {
                start++;
            }
        }
        if (trailing == Edge.INCLUDED) {
            while (end < text.codePointLength() && EdgeMarks.isMark(text.codePointAt(end))) {
                end++;
            }
        } else if (trailing == Edge.EXCLUDED) {
            while (end > start + 1 && EdgeMarks.isMark(text.codePointAt(end - 1))) {
                end--;
            }
        }
        return start == span.start() && end == span.end() ? span : new Span(start, end);
    }

    /** The suggestion with its span following the convention. */
    public Suggestion apply(ArticleText text, Suggestion suggestion) {
        Span span = apply(text, suggestion.span());
        return span == suggestion.span() ? suggestion : new Suggestion(suggestion.articleId(), span,
                suggestion.label(), suggestion.subtype(), suggestion.source(), suggestion.cue());
    }
}
