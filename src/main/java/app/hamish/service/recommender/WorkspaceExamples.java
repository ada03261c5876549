package app.hamish.service.recommender;

import app.hamish.model.ArticleSummary;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.ReviewStatus;
import app.hamish.store.WorkspaceStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a workspace teaches the recommender (decision 0010): gold entities (accepted annotations of signed-off
 * layers) and the analyst's own entities that no reviewer has rejected, merged per article.
 */
public final class WorkspaceExamples {
    /**
     * Articles read per transaction: each read holds the workspace connection, which the workbench needs to commit
     * the analyst's next annotation, so training reads in short turns.
     */
    private static final int BATCH = 100;
    private static final Set<String> ENTITY = Set.of(Label.ENTITY);
    private static final Set<ReviewStatus> NOT_REJECTED = Set.of(ReviewStatus.PENDING, ReviewStatus.ACCEPTED);

    private WorkspaceExamples() {
    }

    /** The examples in article order; only articles with annotations are read at all. */
    public static List<EntityExample> read(WorkspaceStore store, String analyst) {
        List<String> annotated = store.articleSummaries().stream().filter(summary -> summary.annotationCount() > 0)
                .map(ArticleSummary::externalId).toList();
        Map<Long, EntityExample> examples = new TreeMap<>();
        for (int from = 0; from < annotated.size(); from += BATCH) {
            Set<String> batch = Set.copyOf(annotated.subList(from, Math.min(from + BATCH, annotated.size())));
            collect(store, new ExportFilter(ENTITY, Set.of(), Set.of(), batch, true), examples);
            collect(store, new ExportFilter(ENTITY, Set.of(analyst), NOT_REJECTED, batch), examples);
        }
        return List.copyOf(examples.values());
    }

    private static void collect(WorkspaceStore store, ExportFilter filter, Map<Long, EntityExample> examples) {
        store.exportArticles(filter, export -> {
            EntityExample example = EntityExample.of(export);
            if (!example.mentions().isEmpty()) {
                examples.merge(export.article().id(), example, (before, more) -> new EntityExample(before.article(),
                        Stream.concat(before.mentions().stream(), more.mentions().stream()).toList()));
            }
        });
    }
}
