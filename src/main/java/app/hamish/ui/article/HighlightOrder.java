package app.hamish.ui.article;

import java.util.Comparator;

/**
 * The order lanes are given in: by place, then a tie-break on everything a mark is, so that the same marks get the
 * same lanes however they arrived. Written out rather than chained from {@code Comparator.comparingInt}: JDK 25's
 * AOT cache holds no lambda of those serializable comparators, so the chain was generated again at every start,
 * before the first frame (decision 0093).
 */
final class HighlightOrder implements Comparator<Highlight> {
    static final HighlightOrder ORDER = new HighlightOrder();

    private HighlightOrder() {
    }

    @Override
    public int compare(Highlight one, Highlight other) {
        int order = Integer.compare(one.start(), other.start());
        if (order == 0) {
            order = Integer.compare(one.end(), other.end());
        }
        Mark mark = one.mark();
        Mark otherMark = other.mark();
        if (order == 0) {
            order = mark.look().compareTo(otherMark.look());
        }
        if (order == 0) {
            order = Long.compare(annotationId(mark), annotationId(otherMark));
        }
        if (order == 0) {
            order = mark.label().compareTo(otherMark.label());
        }
        return order != 0 ? order : mark.span().compareTo(otherMark.span());
    }

    private static long annotationId(Mark mark) {
        return mark.annotation() == null ? -1 : mark.annotation().id();
    }
}
