package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far two annotators, a and b, agree on the spans of one label: span counts, and two F1 scores from them.
 * Subtypes are ignored: agreement is measured per label.
 *
 * <ul>
 *   <li><b>Exact</b>: a span of a matches a span of b with the same start, end and label, one to one;
 *       exact F1 = 2 · exactMatches / (aSpans + bSpans).</li>
 *   <li><b>Exact ignoring edges</b> (boundary-tolerant, decision 0023): as exact, but spans that differ only by
 *       invisible marks (bidi and zero-width controls) and white space at their edges are the same, as when one
 *       tool starts a span at the mark before the word and another at the word; tolerant F1 = 2 · tolerantMatches
 *       / (aSpans + bSpans).</li>
 *   <li><b>Overlap</b>, the usual "relaxed" match: a span counts as matched when it shares at least one character
 *       with some span of the same label by the other annotator. With a as the reference, recall
 *       R = overlapMatchesA / aSpans (how many of a's spans b found) and precision P = overlapMatchesB / bSpans;
 *       overlap F1 = 2PR / (P + R), which is the same whichever annotator is the reference. The match is not one
 *       to one: one long span of b that covers two short ones of a matches both.</li>
 * </ul>
 *
 * <p>When neither annotator has a span there is nothing to agree on, and both F1 scores are NaN rather than a
 * number that would pass for agreement or disagreement; when only one has, both are 0.
 *
 * @param overlapMatchesA spans of a overlapping some same-label span of b
 * @param overlapMatchesB spans of b overlapping some same-label span of a
 */
public record SpanAgreement(int aSpans, int bSpans, int exactMatches, int tolerantMatches, int overlapMatchesA,
                            int overlapMatchesB) {
    public static final SpanAgreement NONE = new SpanAgreement(0, 0, 0, 0, 0, 0);

    public SpanAgreement {
        if (aSpans < 0 || bSpans < 0 || exactMatches < 0 || exactMatches > Math.min(aSpans, bSpans)
                || tolerantMatches < exactMatches
                || overlapMatchesA < tolerantMatches || overlapMatchesA > aSpans
                || overlapMatchesB < tolerantMatches || overlapMatchesB > bSpans
                // Overlapping is mutual: a span of a overlapping one of b means that one overlaps it too.
                || (overlapMatchesA == 0) != (overlapMatchesB == 0)) {
            throw new IllegalArgumentException(("inconsistent span counts: a %d, b %d, exact %d, ignoring edges %d, "
                    + "overlap %d/%d").formatted(aSpans, bSpans, exactMatches, tolerantMatches, overlapMatchesA,
                    overlapMatchesB));
        }
    }

    /** Agreement per label on one article's text, for every label either annotator used there, by label name. */
    public static SortedMap<String, SpanAgreement> perLabel(ArticleText text, List<Annotation> a,
                                                            List<Annotation> b) {
        Map<String, List<Annotation>> aByLabel = a.stream().collect(Collectors.groupingBy(Annotation::label));
        Map<String, List<Annotation>> bByLabel = b.stream().collect(Collectors.groupingBy(Annotation::label));
        SortedSet<String> labels = new TreeSet<>(aByLabel.keySet());
        labels.addAll(bByLabel.keySet());
        SortedMap<String, SpanAgreement> result = new TreeMap<>();
        for (String label : labels) {
            result.put(label, of(text, aByLabel.getOrDefault(label, List.of()),
                    bByLabel.getOrDefault(label, List.of())));
        }
        return result;
    }

    /** Agreement between two lists of spans, all of one label. */
    static SpanAgreement of(ArticleText text, List<Annotation> a, List<Annotation> b) {
        int exact = a.size() - ExactMatches.unmatched(a, b).size();
        int tolerant = a.size() - ExactMatches.unmatchedIgnoringEdges(text, a, b).size();
        return new SpanAgreement(a.size(), b.size(), exact, tolerant, overlapping(a, b), overlapping(b, a));
    }

    /** Counts over several articles or labels added up (micro-averaging: the F1 scores follow from the sums). */
    public SpanAgreement plus(SpanAgreement other) {
        return new SpanAgreement(aSpans + other.aSpans, bSpans + other.bSpans, exactMatches + other.exactMatches,
                tolerantMatches + other.tolerantMatches, overlapMatchesA + other.overlapMatchesA,
                overlapMatchesB + other.overlapMatchesB);
    }

    public double exactF1() {
        if (aSpans + bSpans == 0) {
            return Double.NaN;
        }
        return 2.0 * exactMatches / (aSpans + bSpans);
    }

    /** Exact F1 where spans differing only by invisible marks and white space at their edges count as the same. */
    public double tolerantF1() {
        if (aSpans + bSpans == 0) {
            return Double.NaN;
        }
        return 2.0 * tolerantMatches / (aSpans + bSpans);
    }

    public double overlapF1() {
        if (aSpans + bSpans == 0) {
            return Double.NaN;
        }
        if (overlapMatchesA == 0) {
            // Also covers one annotator having no spans at all, where P or R would be 0/0.
            return 0.0;
        }
        double recall = (double) overlapMatchesA / aSpans;
        double precision = (double) overlapMatchesB / bSpans;
        return 2 * precision * recall / (precision + recall);
    }

    private static int overlapping(List<Annotation> mine, List<Annotation> theirs) {
        return (int) mine.stream()
                .filter(own -> theirs.stream().anyMatch(other -> other.span().overlaps(own.span())))
                .count();
    }
}
