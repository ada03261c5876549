package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.GoldProvenance;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.store.WorkspaceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps an article's gold layer in step with the reviewers' decisions (decision 0027): a span, label and subtype is
 * in gold while the last decision on it accepts it. Gold is a copy: the annotators' annotations are never changed,
 * and a gold copy the reviewer has since edited is a span of its own that no decision on the original removes.
 */
final class GoldLayer {
    private final WorkspaceStore store;

    GoldLayer(WorkspaceStore store) {
        this.store = store;
    }

    /**
     * Brings gold in line with the decision now on {@code decided}: accepted, its span is copied into gold (once,
     * whoever else had it); rejected, gold's copy is removed; with no decision left (undone), gold holds the span
     * only if another annotator's identical annotation stays accepted. A copy made again (undoing or redoing) takes
     * {@code goldId} when given, the id it had, so that later edits of it can be undone and redone too. Reads only
     * the annotations with the decided one's span and their decisions, not the article's: a reviewer's key costs
     * the same on an article of ten thousand annotations as on one of ten.
     */
    GoldChange settle(Annotation decided, long reviewerId, Long goldId) {
        List<Annotation> same = store.annotationsAt(decided.articleId(), decided.span()).stream()
                .filter(annotation -> sameSpan(annotation, decided)).toList();
        Optional<Annotation> gold = same.stream().filter(annotation -> annotation.annotatorId() == Annotator.GOLD_ID)
                .findFirst();
        List<Annotation> annotated = same.stream()
                .filter(annotation -> annotation.annotatorId() != Annotator.GOLD_ID).toList();
        ReviewDecision own = store.decision(decided.id());
        boolean wanted = ReviewDecision.stands(own, decided) ? own.status() == ReviewStatus.ACCEPTED
                : annotated.stream().anyMatch(annotation -> accepted(store.decision(annotation.id()), annotation));
        if (wanted && gold.isEmpty()) {
            List<Annotation> removed = dropStaleCopies(decided, reviewerId);
            Map<Long, Long> sources = new TreeMap<>();
            annotated.forEach(annotation -> sources.putIfAbsent(annotation.annotatorId(), annotation.id()));
            Annotation added = store.addGold(new NewAnnotation(decided.articleId(), Annotator.GOLD_ID, decided.span(),
                    decided.label(), decided.subtype(), decided.note(), Provenance.MANUAL), goldId, reviewerId,
                    sources);
            return new GoldChange(List.of(added), removed);
        }
        if (!wanted && gold.isPresent()) {
            store.deleteAnnotation(gold.get().id(), gold.get().version(), reviewerId);
            return new GoldChange(List.of(), List.of(gold.get()));
        }
        return GoldChange.NONE;
    }

    /**
     * An annotator who changed an accepted annotation (after a return) asks for a new decision on it; once that
     * accepts it, gold's unedited copy of the earlier version, copied from this annotation alone, is out of date.
     * A copy the reviewer edited is their own answer and stays. Returns the copies removed.
     */
    private List<Annotation> dropStaleCopies(Annotation decided, long reviewerId) {
        List<Annotation> removed = new ArrayList<>();
        Map<Long, GoldProvenance> provenance = new TreeMap<>(store.goldProvenanceFrom(decided.id()));
        provenance.forEach((copyId, from) -> {
            if (from.sourceAnnotations().values().stream().allMatch(id -> id == decided.id())
                    && from.sourceAnnotations().containsValue(decided.id())) {
                store.annotation(copyId).filter(copy -> copy.annotatorId() == Annotator.GOLD_ID
                        && copy.updated().equals(copy.created())).ifPresent(copy -> {
                            store.deleteAnnotation(copy.id(), copy.version(), reviewerId);
                            removed.add(copy);
                        });
            }
        });
        return removed;
    }

    private static boolean accepted(ReviewDecision decision, Annotation annotation) {
        return ReviewDecision.stands(decision, annotation) && decision.status() == ReviewStatus.ACCEPTED;
    }

    /** Gold's copy of the annotation: the gold span with its span, label and subtype, if any. */
    Optional<Annotation> copyOf(Annotation original) {
        return store.findSame(new NewAnnotation(original.articleId(), Annotator.GOLD_ID, original.span(),
                original.label(), original.subtype(), original.note(), original.provenance()));
    }

    static boolean sameSpan(Annotation one, Annotation other) {
        return one.span().equals(other.span()) && one.label().equals(other.label())
                && Objects.equals(one.subtype(), other.subtype());
    }
}
