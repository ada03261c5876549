package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.LayerState;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.service.AnnotationService;
import app.hamish.service.GoldChange;
import app.hamish.service.ReviewService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an edit commits through (the services, as the acting user) and where it reports what it stored. The
 * reports are held until the session's transaction commits and only then shown, so a change that fails part-way
 * shows nothing of what it had done before failing.
 */
public final class EditContext {
    private final ArticleSession session;
    private final List<Runnable> toShow = new ArrayList<>();
    /** The version each annotation was at after this session's own last change to it, committed. */
    private final Map<Long, Long> leftByUs = new HashMap<>();
    /** The same, from the change being committed. */
    private final Map<Long, Long> leavingByUs = new HashMap<>();
    /** The version of each annotation's decision (0: none) after this session's own last change to it, committed. */
    private final Map<Long, Long> decisionsLeftByUs = new HashMap<>();
    /** The same, from the change being committed. */
    private final Map<Long, Long> decisionsLeavingByUs = new HashMap<>();
    /** The annotations the change touched: only their decisions can have changed. */
    private final Set<Long> touched = new HashSet<>();

    EditContext(ArticleSession session) {
        this.session = session;
    }

    /** Shows what the committed change stored; returns the ids of the annotations it touched. */
    Set<Long> showCommitted() {
        leftByUs.putAll(leavingByUs);
        leavingByUs.clear();
        decisionsLeftByUs.putAll(decisionsLeavingByUs);
        decisionsLeavingByUs.clear();
        List<Runnable> committed = List.copyOf(toShow);
        Set<Long> annotations = Set.copyOf(touched);
        toShow.clear();
        touched.clear();
        committed.forEach(Runnable::run);
        return annotations;
    }

    /** The change was rolled back: what it reported was never stored. */
    void forgetRolledBack() {
        leavingByUs.clear();
        decisionsLeavingByUs.clear();
        toShow.clear();
        touched.clear();
    }

    /** Runs once the change has committed, with what it stored shown; never if it is rolled back. */
    public void afterCommit(Runnable work) {
        toShow.add(work);
    }

    public AnnotationService annotations() {
        return session.annotationService();
    }

    public ReviewService review() {
        return session.reviewService();
    }

    public Annotator actor() {
        return session.actor();
    }

    /** The article the change is made in. */
    public Article article() {
        return session.article();
    }

    /** The decision on an annotation as the session shows it (null: none): what the user decides over. */
    public ReviewDecision shownDecision(long annotationId) {
        return session.decisions().get(annotationId);
    }

    /**
     * The version of an annotator's layer as the session shows it (0: never moved): what a move is made on, so that
     * it is refused if someone moved the layer since.
     */
    public long shownLayerVersion(long annotatorId) {
        return session.layerStates().stream().filter(layer -> layer.annotatorId() == annotatorId)
                .mapToLong(LayerState::version).findFirst().orElse(0);
    }

    /**
     * Decides on an annotation over the decision the session shows, refused if someone decided since; returns the
     * decision as stored.
     */
    public ReviewDecision decide(long annotationId, ReviewStatus status, String comment) {
        ReviewService.Settled settled = review().decide(annotationId, actor(), status, comment,
                ReviewDecision.versionOf(shownDecision(annotationId)));
        decisionsLeavingByUs.put(annotationId, settled.decision().version());
        touched.add(annotationId);
        goldChanged(settled.gold());
        return settled.decision();
    }

    /**
     * Brings an annotation's decision from {@code current} back to {@code wanted} (either may be null), and gold
     * with it: a gold copy that comes back takes {@code wantedGoldId}, the id it had with that decision. It is made
     * on the version this session's own last change left (refused if anyone else decided since).
     */
    public void bringDecision(long annotationId, ReviewDecision current, ReviewDecision wanted, Long wantedGoldId) {
        touched.add(annotationId);
        if (ReviewDecision.sameVerdict(current, wanted)) {
            return;
        }
        long read = decisionsLeavingByUs.getOrDefault(annotationId,
                decisionsLeftByUs.getOrDefault(annotationId, ReviewDecision.versionOf(current)));
        ReviewService.Settled settled;
        if (wanted == null) {
            settled = review().withdraw(annotationId, actor(), wantedGoldId, read);
            decisionsLeavingByUs.put(annotationId, 0L);
        } else {
            settled = review().reinstate(wanted, actor(), wantedGoldId, read);
            decisionsLeavingByUs.put(annotationId, settled.decision().version());
        }
        goldChanged(settled.gold());
    }

    /**
     * A decision added or removed gold copies (decision 0027): once committed, those alone are shown, not the article
     * read again (decision 0034).
     */
    public void goldChanged(GoldChange change) {
        change.removed().forEach(this::deleted);
        change.added().forEach(this::stored);
    }

    /**
     * After a decision, the version of the annotation's gold copy is the one this session left, for a later undo or
     * redo to state.
     */
    public void goldSettled(long annotationId) {
        review().goldCopy(annotationId).ifPresent(copy -> leavingByUs.put(copy.id(), copy.version()));
    }

    /** An annotation was stored (created, restored or changed): shown in text order, replacing its old self. */
    public void stored(Annotation annotation) {
        leavingByUs.put(annotation.id(), annotation.version());
        touched.add(annotation.id());
        toShow.add(() -> session.show(annotation));
    }

    /**
     * The annotation at the version this session's own last change left it (as given if it made none): what an undo
     * or redo states it read, so that it is refused if anyone else changed the annotation since.
     */
    public Annotation asLeftByUs(Annotation annotation) {
        Long version = leavingByUs.getOrDefault(annotation.id(), leftByUs.get(annotation.id()));
        return version == null ? annotation : annotation.atVersion(version);
    }

    /** An annotation and its relations were deleted. */
    public void deleted(Annotation annotation) {
        touched.add(annotation.id());
        toShow.add(() -> session.forget(annotation));
    }

    public void linked(Collection<Relation> relations) {
        List<Relation> linked = List.copyOf(relations);
        toShow.add(() -> session.relations().addAll(linked));
    }

    public void unlinked(Relation relation) {
        toShow.add(() -> session.relations().remove(relation));
    }
}
