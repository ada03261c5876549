package app.hamish.model;

import java.util.List;

/**
 * The annotations of one string, label and subtype, which propose its places together: each place by the first of
 * them not there. An annotation that takes in an invisible mark or a space at its edge is still at the match of its
 * own words, its core. Their spans and cores are kept as plain ints, found once per annotation, not at each of its
 * string's thousands of places, where each was two objects per key (decision 0075) and, at an opening, a record's
 * comparison through method handles at each of 800,000 places (decision 0091).
 */
final class Proposers {
    /** Positions in the annotations proposing. */
    private final int[] positions;
    /** Per annotation: its span's start and end, then its core's. */
    private final int[] edges;

    private Proposers(int[] positions, int[] edges) {
        this.positions = positions;
        this.edges = edges;
    }

    /** The annotations at {@code same} (positions in {@code annotations}) of an article's {@code text}. */
    static Proposers of(List<Integer> same, List<Annotation> annotations, ArticleText text) {
        int[] positions = new int[same.size()];
        int[] edges = new int[4 * same.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = same.get(k);
            Span annotated = annotations.get(positions[k]).span();
            Span core = EdgeMarks.core(text, annotated).orElse(annotated);
            edges[4 * k] = annotated.start();
            edges[4 * k + 1] = annotated.end();
            edges[4 * k + 2] = core.start();
            edges[4 * k + 3] = core.end();
        }
        return new Proposers(positions, edges);
    }

    /** The first of them, its position in the annotations. */
    int first() {
        return positions[0];
    }

    /** The first of them (its position in the annotations) that is not at {@code span}, or -1. */
    int firstElsewhere(Span span) {
        int start = span.start();
        int end = span.end();
        for (int k = 0; k < positions.length; k++) {
            boolean annotatedThere = edges[4 * k] == start && edges[4 * k + 1] == end;
            boolean coreThere = edges[4 * k + 2] == start && edges[4 * k + 3] == end;
            if (!annotatedThere && !coreThere) {
                return positions[k];
            }
        }
        return -1;
    }
}
