package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.service.AnnotationService;
import app.hamish.service.ReviewService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What an edit commits through (the services, as the acting user) and where it reports what it stored. The
 * reports are held until the session's transaction commits and only then shown, so a change that fails part-way
 * shows nothing of what it had done before failing.
 */
public final class EditContext {
    private final ArticleSession session;
    private final List<Runnable> toShow = new ArrayList<>();

    EditContext(ArticleSession session) {
        this.session = session;
    }

    /** Shows what the committed change stored. */
    void showCommitted() {
        List<Runnable> committed = List.copyOf(toShow);
        toShow.clear();
        committed.forEach(Runnable::run);
    }

    /** The change was rolled back: what it reported was never stored. */
    void forgetRolledBack() {
        toShow.clear();
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

    /** The decision on an annotation as the workspace now holds it (null: none). */
    public ReviewDecision storedDecision(long annotationId) {
        return session.storedDecisions().get(annotationId);
    }

    /**
     * Brings an annotation's decision from {@code current} back to {@code wanted} (either may be null), and gold
     * with it: a gold copy that comes back takes {@code wantedGoldId}, the id it had with that decision.
     */
    public void bringDecision(long annotationId, ReviewDecision current, ReviewDecision wanted, Long wantedGoldId) {
        if (Objects.equals(current, wanted)) {
            return;
        }
        if (wanted == null) {
            review().withdraw(annotationId, actor(), wantedGoldId);
        } else {
            review().reinstate(wanted, actor(), wantedGoldId);
        }
    }

    /** A decision changed the gold layer (decision 0027): the article is shown as now stored once committed. */
    public void goldSettled() {
        toShow.add(session::reload);
    }

    /** An annotation was stored (created, restored or changed): shown in text order, replacing its old self. */
    public void stored(Annotation annotation) {
        toShow.add(() -> session.show(annotation));
    }

    /** An annotation and its relations were deleted. */
    public void deleted(Annotation annotation) {
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
