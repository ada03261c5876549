package app.hamish.model;

import java.util.Set;

/**
 * Which annotations an export includes. An empty set means "no restriction"; {@code goldOnly} keeps only
 * accepted annotations of signed-off layers. Articles are matched by their external id; an article with no
 * matching annotation is still exported (with no spans) unless articles are restricted.
 */
public record ExportFilter(Set<String> labels, Set<String> annotators, Set<ReviewStatus> statuses,
                           Set<String> articleIds, boolean goldOnly) {
    /** Everything, with each span's review status. */
    public static final ExportFilter ALL = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());
    /** Gold: the accepted annotations of signed-off layers, what training data should be by default. */
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
