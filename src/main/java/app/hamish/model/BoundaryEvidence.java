package app.hamish.model;

/**
 * What a corpus's annotations show about invisible marks ({@link EdgeMarks}) at their edges: how many spans take
 * in the marks before (after) them and how many stop at the word with a mark just outside. A span with no mark at
 * or beside an edge shows nothing about that edge. Counts add up across articles; the majority at each edge is the
 * corpus's {@link BoundaryConvention}.
 */
public record BoundaryEvidence(int leadingIncluded, int leadingExcluded, int trailingIncluded,
                               int trailingExcluded) {
    public static final BoundaryEvidence NONE = new BoundaryEvidence(0, 0, 0, 0);

    /** What these spans of one text show. */
    public static BoundaryEvidence of(ArticleText text, Iterable<Span> spans) {
        int leadingIncluded = 0;
        int leadingExcluded = 0;
        int trailingIncluded = 0;
        int trailingExcluded = 0;
        for (Span span : spans) {
            if (EdgeMarks.isMark(text.codePointAt(span.start()))) {
                leadingIncluded++;
            } else if (span.start() > 0 && EdgeMarks.isMark(text.codePointAt(span.start() - 1))) {
                leadingExcluded++;
            }
            if (EdgeMarks.isMark(text.codePointAt(span.end() - 1))) {
                trailingIncluded++;
            } else if (span.end() < text.codePointLength() && EdgeMarks.isMark(text.codePointAt(span.end()))) {
                trailingExcluded++;
            }
        }
        return new BoundaryEvidence(leadingIncluded, leadingExcluded, trailingIncluded, trailingExcluded);
    }

    public BoundaryEvidence plus(BoundaryEvidence other) {
        return new BoundaryEvidence(leadingIncluded + other.leadingIncluded, leadingExcluded + other.leadingExcluded,
                trailingIncluded + other.trailingIncluded, trailingExcluded + other.trailingExcluded);
    }

    public BoundaryEvidence minus(BoundaryEvidence other) {
        return new BoundaryEvidence(leadingIncluded - other.leadingIncluded, leadingExcluded - other.leadingExcluded,
                trailingIncluded - other.trailingIncluded, trailingExcluded - other.trailingExcluded);
    }

    /** The convention at each edge: what most spans do there; where they do not show or are split evenly, none. */
    public BoundaryConvention convention() {
        return new BoundaryConvention(edge(leadingIncluded, leadingExcluded),
                edge(trailingIncluded, trailingExcluded));
    }

    private static BoundaryConvention.Edge edge(int included, int excluded) {
        if (included == excluded) {
            return BoundaryConvention.Edge.WORD_RULES;
        }
        return included > excluded ? BoundaryConvention.Edge.INCLUDED : BoundaryConvention.Edge.EXCLUDED;
    }
}
