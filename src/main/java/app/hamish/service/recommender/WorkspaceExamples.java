package app.hamish.service.recommender;

import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.BoundaryEvidence;
import app.hamish.model.ExportFilter;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.store.WorkspaceStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a workspace teaches the recommender (decision 0010): gold entities (accepted annotations of signed-off
 * layers) and the analyst's own entities that no reviewer has rejected, merged per article; and what the same
 * annotations, of every label, show of the corpus's convention for invisible edge marks (decision 0023), read in
 * the same pass.
 */
public final class WorkspaceExamples {
    /**
     * Articles read per transaction: each read holds the workspace connection, which the workbench needs to commit
     * the analyst's next annotation, so training reads in short turns.
     */
    private static final int BATCH = 100;
    private static final Set<String> ALL_LABELS = Set.of();
    private static final Set<ReviewStatus> NOT_REJECTED = Set.of(ReviewStatus.PENDING, ReviewStatus.ACCEPTED);

    private WorkspaceExamples() {
    }

    /**
     * @param examples in article order
     * @param boundaries per article id, what its gold and the analyst's annotations show of edge marks, each
     *     span once
     */
    public record Reading(List<EntityExample> examples, Map<Long, BoundaryEvidence> boundaries) {
    }

    /** The examples and edge evidence; only articles with annotations are read at all. */
    public static Reading read(WorkspaceStore store, String analyst) {
        return read(store, analyst, gold -> { });
    }

    /** As {@link #read(WorkspaceStore, String)}, handing each gold article, as read, to {@code gold} too. */
    public static Reading read(WorkspaceStore store, String analyst, Consumer<ArticleExport> gold) {
        List<String> annotated = store.articleSummaries().stream().filter(summary -> summary.annotationCount() > 0)
                .map(ArticleSummary::externalId).toList();
        Map<Long, EntityExample> examples = new TreeMap<>();
        Map<Long, Set<Span>> spans = new HashMap<>();
        Map<Long, ArticleText> texts = new HashMap<>();
        for (int from = 0; from < annotated.size(); from += BATCH) {
            Set<String> batch = Set.copyOf(annotated.subList(from, Math.min(from + BATCH, annotated.size())));
            collect(store, new ExportFilter(ALL_LABELS, Set.of(), Set.of(), batch, true), examples, spans, texts,
                    gold);
            collect(store, new ExportFilter(ALL_LABELS, Set.of(analyst), NOT_REJECTED, batch), examples, spans,
                    texts, own -> { });
        }
        Map<Long, BoundaryEvidence> boundaries = new HashMap<>();
        spans.forEach((id, of) -> boundaries.put(id, BoundaryEvidence.of(texts.get(id), of)));
        return new Reading(List.copyOf(examples.values()), Map.copyOf(boundaries));
    }

    private static void collect(WorkspaceStore store, ExportFilter filter, Map<Long, EntityExample> examples,
                                Map<Long, Set<Span>> spans, Map<Long, ArticleText> texts,
                                Consumer<ArticleExport> seen) {
        store.exportArticles(filter, export -> {
            seen.accept(export);
            long id = export.article().id();
            texts.putIfAbsent(id, export.article().text());
            export.annotations().forEach(annotation -> spans.computeIfAbsent(id, ignored -> new HashSet<>())
                    .add(annotation.span()));
            EntityExample example = EntityExample.of(export);
            if (!example.mentions().isEmpty()) {
                examples.merge(id, example, (before, more) -> new EntityExample(before.article(),
                        Stream.concat(before.mentions().stream(), more.mentions().stream()).toList()));
            }
        });
    }
}
