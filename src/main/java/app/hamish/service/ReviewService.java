package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.AuditEntry;
import app.hamish.model.GoldProvenance;
import app.hamish.model.LayerState;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review workflow: moving each annotator's layer of an article through its states, a reviewer's accept and
 * reject decisions, and sign-off. Every step is audited by the store in the same transaction.
 */
public final class ReviewService {
    /** A decision made, taken back (null when there was none) or put back, and what that did to the gold layer. */
    public record Settled(ReviewDecision decision, GoldChange gold) {
    }

    private static final int UNDECIDED_LISTED = 5;

    private final WorkspaceStore store;
    private final ArticleReads reads;
    private final WorkflowRules rules;
    private final Clock clock;
    private final GoldLayer gold;

    ReviewService(WorkspaceStore store, ArticleReads reads, WorkflowRules rules, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.rules = rules;
        this.clock = clock;
        this.gold = new GoldLayer(store);
    }

    public WorkflowState state(long articleId, long annotatorId) {
        return reads.state(articleId, annotatorId);
    }

    public List<LayerState> layers(long articleId) {
        return reads.states(articleId);
    }

    /**
     * Makes one of the {@link WorkflowTransition}s, refused with a message when {@code actor} may not make it or
     * the layer is not where the transition starts. Returning needs a comment for the annotator; signing off
     * needs every annotation of the layer decided.
     *
     * @param readVersion the layer's version as the actor read it ({@link LayerState#version()}, 0 if it was never
     *     moved): refused naming who moved it if it has moved since, so that a return, say, never silently follows a
     *     submission the reviewer has not seen; null for a caller that read nothing first (the command line)
     */
    public void transition(long articleId, long ownerId, WorkflowTransition transition, Annotator actor,
                           String comment, Long readVersion) {
        rules.checkTransition(transition, ownerId, actor);
        AnnotationService.checkNote(comment);
        store.atomicallyIn(Set.of(articleId), () -> move(articleId, ownerId, transition, actor, comment, readVersion));
    }

    private void move(long articleId, long ownerId, WorkflowTransition transition, Annotator actor, String comment,
                      Long readVersion) {
        LayerState layer = reads.states(articleId).stream().filter(state -> state.annotatorId() == ownerId)
                .findFirst().orElse(LayerState.untouched(articleId, ownerId));
        if (readVersion != null && layer.version() != readVersion) {
            throw ChangedSince.refusal(Refusal.LAYER_CHANGED_SINCE, layer.changedBy(), layer.updated());
        }
        if (layer.state() != transition.from()) {
            throw new RefusedException(Refusal.WRONG_STATE, transition, layer.state(), transition.from());
        }
        if (transition == WorkflowTransition.RETURN && (comment == null || comment.isBlank())) {
            throw new RefusedException(Refusal.RETURN_COMMENT);
        }
        if (transition == WorkflowTransition.SIGN_OFF) {
            requireAllDecided(articleId, ownerId);
        }
        store.transition(articleId, ownerId, transition, layer.version(), actor.id(),
                comment == null ? "" : comment.strip());
    }

    private void requireAllDecided(long articleId, long ownerId) {
        Map<Long, ReviewDecision> decisions = reads.decisions(articleId);
        List<Annotation> undecided = reads.annotations(articleId).stream()
                .filter(annotation -> annotation.annotatorId() == ownerId
                        && !ReviewDecision.stands(decisions.get(annotation.id()), annotation))
                .toList();
        if (!undecided.isEmpty()) {
            List<RefusalTexts.Quoted> listed = store.article(articleId).map(article -> undecided.stream()
                    .limit(UNDECIDED_LISTED).map(annotation -> new RefusalTexts.Quoted(annotation.label(),
                            article.text().slice(annotation.span()), annotation.span())).toList()).orElse(List.of());
            throw new RefusedException(Refusal.UNDECIDED, undecided.size(),
                    new RefusalTexts.QuotedAnnotations(listed, undecided.size() > UNDECIDED_LISTED));
        }
    }

    /**
     * Accepts or rejects an annotation; a rejection needs a reason. Only during review, by a reviewer. Accepting
     * copies the annotation into the article's gold layer (once, however many annotators had it); rejecting removes
     * that copy. The annotation itself stays as its annotator made it.
     *
     * @param readVersion the annotation's decision as the reviewer read it ({@link ReviewDecision#versionOf}):
     *     refused naming who decided if someone has since, so that two reviewers never silently write over each
     *     other's decision; null for a caller that read nothing first (the command line)
     */
    public Settled decide(long annotationId, Annotator reviewer, ReviewStatus status, String comment,
                          Long readVersion) {
        if (status == ReviewStatus.REJECTED && (comment == null || comment.isBlank())) {
            throw new RefusedException(Refusal.REJECT_REASON);
        }
        AnnotationService.checkNote(comment);
        return store.atomically(() -> {
            Annotation annotation = reviewable(annotationId, reviewer);
            ReviewDecision decision = new ReviewDecision(annotation.id(), reviewer.id(), status, clock.instant(),
                    comment == null ? "" : comment.strip());
            ReviewDecision stored = ChangedSince.refusedAs(Refusal.DECISION_CHANGED_SINCE,
                    () -> store.recordDecision(decision, versionRead(annotationId, readVersion)));
            return new Settled(stored, gold.settle(annotation, reviewer.id(), null));
        });
    }

    /** The version stated for a change: as read by the user, or (null) as the workspace now holds it. */
    private long versionRead(long annotationId, Long readVersion) {
        return readVersion != null ? readVersion : ReviewDecision.versionOf(store.decision(annotationId));
    }

    /**
     * Refuses, as {@link #decide} would, when {@code reviewer} may not decide the annotation now; changes nothing.
     * For asking a reason only where it can be used.
     */
    public void checkDecidable(long annotationId, Annotator reviewer) {
        reviewable(annotationId, reviewer);
    }

    /**
     * Takes back the decision on an annotation (to undo it), as read at {@code readVersion} (refused if someone
     * decided since; null: whatever it now is); returns it, or null if there was none. A gold copy that this leaves
     * in gold but not there now (another annotator's identical annotation is accepted) is put back as
     * {@code goldId}, the id it had (null: none to put back).
     */
    public Settled withdraw(long annotationId, Annotator reviewer, Long goldId, Long readVersion) {
        return store.atomically(() -> {
            Annotation annotation = reviewable(annotationId, reviewer);
            ReviewDecision withdrawn = ChangedSince.refusedAs(Refusal.DECISION_CHANGED_SINCE,
                    () -> store.withdrawDecision(annotationId, versionRead(annotationId, readVersion),
                            reviewer.id()));
            return new Settled(withdrawn, gold.settle(annotation, reviewer.id(), goldId));
        });
    }

    /**
     * Puts back a decision withdrawn by {@link #withdraw} (to redo or undo) over the one at {@code readVersion}
     * (refused if someone decided since), and gold as it stood with it: an accepted annotation's gold copy comes
     * back as {@code goldId}, the id it had, when given. Returns the decision as now stored.
     */
    public Settled reinstate(ReviewDecision decision, Annotator reviewer, Long goldId, long readVersion) {
        return store.atomically(() -> {
            Annotation annotation = reviewable(decision.annotationId(), reviewer);
            ReviewDecision stored = ChangedSince.refusedAs(Refusal.DECISION_CHANGED_SINCE,
                    () -> store.recordDecision(decision, readVersion));
            return new Settled(stored, gold.settle(annotation, reviewer.id(), goldId));
        });
    }

    /** The id of gold's copy of an annotation (its span, label and subtype in the gold layer), or null. */
    public Long goldCopyId(long annotationId) {
        return goldCopy(annotationId).map(Annotation::id).orElse(null);
    }

    /** The gold layer's copy of an annotation, if gold holds one. */
    public Optional<Annotation> goldCopy(long annotationId) {
        return store.annotation(annotationId).flatMap(gold::copyOf);
    }

    private Annotation reviewable(long annotationId, Annotator reviewer) {
        Annotation annotation = store.annotation(annotationId)
                .orElseThrow(() -> new RefusedException(Refusal.GONE));
        if (reviewer.role() != Annotator.Role.REVIEWER) {
            throw new RefusedException(Refusal.NOT_REVIEWER_DECIDE, reviewer.name());
        }
        if (reviewer.id() == annotation.annotatorId()) {
            throw new RefusedException(Refusal.OWN_DECISION);
        }
        WorkflowState state = reads.state(annotation.articleId(), annotation.annotatorId());
        if (state != WorkflowState.IN_REVIEW) {
            throw new RefusedException(Refusal.DECIDE_OUTSIDE_REVIEW, state);
        }
        return annotation;
    }

    /** The provenance of the article's gold spans, by gold annotation id. */
    public Map<Long, GoldProvenance> goldProvenance(long articleId) {
        return reads.goldProvenance(articleId);
    }

    public Map<Long, ReviewDecision> decisions(long articleId) {
        return reads.decisions(articleId);
    }

    /** The decision on one annotation, or null if it has none. */
    public ReviewDecision decision(long annotationId) {
        return store.decision(annotationId);
    }

    /** The audit log in order, for one article or (null) the whole workspace. */
    public void audit(Long articleId, Consumer<AuditEntry> sink) {
        store.audit(articleId, sink);
    }
}
