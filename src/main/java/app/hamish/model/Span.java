package app.hamish.model;

/**
 * A half-open range [start, end) of Unicode code points in an article's text: {@code text[start:end]} in Python.
 * Whether it lies within a particular text is checked by {@link ArticleText#requireWithin(Span)}.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " is negative");
        }
        if (end <= start) {
            throw new IllegalArgumentException("span end " + end + " must be after its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    /**
     * Written out, as a record's would be generated: settling an opened article's suggestions compares spans
     * millions of times, most before the compiler has reached them, and the generated one goes through method
     * handles (decision 0091).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Span span && start == span.start && end == span.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
