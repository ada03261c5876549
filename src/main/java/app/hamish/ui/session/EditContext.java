package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.service.AnnotationService;
import app.hamish.service.ReviewService;
import java.util.Collection;
import java.util.Objects;

/**
 * What an edit commits through (the services, as the acting user) and where it reports what it stored, so the
 * session's lists change only by what was committed.
 */
public final class EditContext {
    private final ArticleSession session;

    EditContext(ArticleSession session) {
        this.session = session;
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

    /** Brings an annotation's decision from {@code current} back to {@code wanted} (either may be null). */
    public void bringDecision(long annotationId, ReviewDecision current, ReviewDecision wanted) {
        if (Objects.equals(current, wanted)) {
            return;
        }
        if (wanted == null) {
            review().withdraw(annotationId, actor());
        } else {
            review().reinstate(wanted, actor());
        }
    }

    /** An annotation was stored (created, restored or changed): shown in text order, replacing its old self. */
    public void stored(Annotation annotation) {
        session.show(annotation);
    }

    /** An annotation and its relations were deleted. */
    public void deleted(Annotation annotation) {
        session.forget(annotation);
    }

    public void linked(Collection<Relation> relations) {
        session.relations().addAll(relations);
    }

    public void unlinked(Relation relation) {
        session.relations().remove(relation);
    }
}
