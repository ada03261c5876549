package app.hamish.model;

import java.util.Set;

/**
 * Which annotations an export includes. An empty set means "no restriction". Articles are matched by their
 * external id; an article with no matching annotation is still exported (with no spans) unless articles are
 * restricted.
 */
public record ExportFilter(Set<String> labels, Set<String> annotators, Set<ReviewStatus> statuses,
                           Set<String> articleIds) {
    public static final ExportFilter ALL = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ExportFilter {
        labels = Set.copyOf(labels);
        annotators = Set.copyOf(annotators);
        statuses = Set.copyOf(statuses);
        articleIds = Set.copyOf(articleIds);
    }
}
