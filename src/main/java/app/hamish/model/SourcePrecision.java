package app.hamish.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often each source's suggestions were right in the workspace's gold (decision 0035): of what it proposed in
 * signed-off articles, the share that gold has, with the same label and the same span once invisible marks and
 * white space are trimmed (the tolerant level of decision 0023). Measured for the sources that read the text alone,
 * the unverified-source cues and the reported claims, whose proposals in a gold article are what they would have
 * proposed there; and only for labels that gold has somewhere, since a corpus annotated for entities alone says
 * nothing of its claims. A source that was wrong more often than right, over enough proposals to say so, is
 * {@linkplain #imprecise imprecise}: most of what it offers costs the analyst a key to reject.
 */
public final class SourcePrecision {
    public static final SourcePrecision NONE = new SourcePrecision(Map.of(), Set.of());
    /** Below this share right, a source is imprecise. */
    public static final double THRESHOLD = 0.5;
    /** Fewer proposals than this say nothing yet. */
    public static final int EVIDENCE = 10;
    private static final Set<SuggestionSource> MEASURED = Set.of(SuggestionSource.LEXICON,
            SuggestionSource.REPORTING);

    private final Map<Measure, Count> counts;
    private final Set<String> goldLabels;

    /** A source and a label it proposed. */
    private record Measure(SuggestionSource source, String label) {
    }

    /** What a source proposed in gold articles, and how much of it gold has. */
    public record Count(int proposed, int right) {
        Count plus(Count other) {
            return new Count(proposed + other.proposed, right + other.right);
        }

        public double precision() {
            return proposed == 0 ? 0 : (double) right / proposed;
        }
    }

    private SourcePrecision(Map<Measure, Count> counts, Set<String> goldLabels) {
        this.counts = Map.copyOf(counts);
        this.goldLabels = Set.copyOf(goldLabels);
    }

    /** These counts and those of one more gold article: what the sources proposed in its text, and its gold. */
    public SourcePrecision plus(ArticleText text, List<Suggestion> proposed, List<ExportedAnnotation> gold) {
        Map<Measure, Count> more = new HashMap<>();
        Set<List<Object>> wanted = gold.stream().map(annotation -> List.<Object>of(annotation.label(),
                core(text, annotation.span()))).collect(Collectors.toSet());
        for (Suggestion suggestion : proposed) {
            if (MEASURED.contains(suggestion.source())) {
                boolean right = wanted.contains(List.of(suggestion.label(), core(text, suggestion.span())));
                more.merge(new Measure(suggestion.source(), suggestion.label()), new Count(1, right ? 1 : 0),
                        Count::plus);
            }
        }
        return plus(new SourcePrecision(more, gold.stream().map(ExportedAnnotation::label)
                .collect(Collectors.toSet())));
    }

    /** These counts and those of other articles. */
    public SourcePrecision plus(SourcePrecision other) {
        Map<Measure, Count> more = new HashMap<>(counts);
        other.counts.forEach((measure, count) -> more.merge(measure, count, Count::plus));
        Set<String> labels = new HashSet<>(goldLabels);
        labels.addAll(other.goldLabels);
        return new SourcePrecision(more, labels);
    }

    private static Span core(ArticleText text, Span span) {
        return EdgeMarks.core(text, span).orElse(span);
    }

    /**
     * The sources measured over at least {@link #EVIDENCE} proposals of labels gold has and right less often than
     * {@link #THRESHOLD}, with their counts.
     */
    public Map<SuggestionSource, Count> imprecise() {
        Map<SuggestionSource, Count> bySource = new EnumMap<>(SuggestionSource.class);
        counts.forEach((measure, count) -> {
            if (goldLabels.contains(measure.label())) {
                bySource.merge(measure.source(), count, Count::plus);
            }
        });
        bySource.values().removeIf(count -> count.proposed() < EVIDENCE || count.precision() >= THRESHOLD);
        return bySource;
    }
}
