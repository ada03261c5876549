package app.hamish.model;

import java.util.Set;

/**
 * Which annotations an export includes. An empty set means "no restriction"; {@code goldOnly} keeps only the gold
 * layer (decision 0027) of articles with a signed-off layer, and chooses by annotator the gold spans they had.
 * Articles are matched by their external id; an article with no matching annotation is still exported (with no
 * spans) unless articles are restricted.
 */
public record ExportFilter(Set<String> labels, Set<String> annotators, Set<ReviewStatus> statuses,
                           Set<String> articleIds, boolean goldOnly) {
    /** Everything, with each span's review status. */
    public static final ExportFilter ALL = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());
    /** Gold: the gold layer of signed-off articles, one span per answer, what training data should be by default. */
    public static final ExportFilter GOLD = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(), true);

    public ExportFilter(Set<String> labels, Set<String> annotators, Set<ReviewStatus> statuses,
                        Set<String> articleIds) {
        this(labels, annotators, statuses, articleIds, false);
    }

    public ExportFilter {
        labels = Set.copyOf(labels);
        annotators = Set.copyOf(annotators);
        statuses = Set.copyOf(statuses);
        articleIds = Set.copyOf(articleIds);
    }
}
