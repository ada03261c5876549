package app.hamish.ui.review;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.ReviewDecision;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.DecisionsChanged;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;

/**
 * How many annotations each annotator's layer of the open article has, and how many of them are still to decide:
 * kept in step with each change of the annotations and of the decisions, so that a commit costs what it changed,
 * not a count of the article's thousands (decision 0034). Gold is no layer under review (decision 0027).
 */
final class LayerCounts {
    private final ArticleSession session;
    /** Each counted annotation as counted, by id: a changed decision names only the id. */
    private final Map<Long, Annotation> counted = new HashMap<>();
    /** By annotator: annotations, undecided. */
    private final Map<Long, int[]> counts = new HashMap<>();

    LayerCounts(ArticleSession session) {
        this.session = session;
        session.annotations().forEach(annotation -> count(annotation, decisionOn(annotation), 1));
        session.annotations().addListener(this::annotationsChanged);
        session.decisionsChangedProperty().addListener((property, before, now) -> decisionsChanged(now));
    }

    /** Annotations and undecided ones of an annotator's layer; zeros for a layer with none. */
    int annotations(long annotatorId) {
        int[] count = counts.get(annotatorId);
        return count == null ? 0 : count[0];
    }

    int undecided(long annotatorId) {
        int[] count = counts.get(annotatorId);
        return count == null ? 0 : count[1];
    }

    /** The annotators with at least one annotation on the open article. */
    java.util.Set<Long> annotators() {
        return counts.keySet();
    }

    /** Each change is counted against the decisions as they stand when it comes: the session changes one at a time. */
    private void annotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        while (change.next()) {
            for (Annotation annotation : change.getRemoved()) {
                count(annotation, decisionOn(annotation), -1);
            }
            for (Annotation annotation : change.getAddedSubList()) {
                count(annotation, decisionOn(annotation), 1);
            }
        }
    }

    private void decisionsChanged(DecisionsChanged change) {
        for (long annotationId : change.annotationIds()) {
            Annotation annotation = counted.get(annotationId);
            if (annotation != null) {
                count(annotation, change.before(annotationId), -1);
                count(annotation, decisionOn(annotation), 1);
            }
        }
    }

    private ReviewDecision decisionOn(Annotation annotation) {
        return session.decisions().get(annotation.id());
    }

    private void count(Annotation annotation, ReviewDecision decision, int sign) {
        if (annotation.annotatorId() == Annotator.GOLD_ID) {
            return;
        }
        if (sign > 0) {
            counted.put(annotation.id(), annotation);
        } else {
            counted.remove(annotation.id());
        }
        int[] count = counts.computeIfAbsent(annotation.annotatorId(), id -> new int[2]);
        count[0] += sign;
        if (!ReviewDecision.stands(decision, annotation)) {
            count[1] += sign;
        }
        if (count[0] == 0) {
            counts.remove(annotation.annotatorId());
        }
    }
}
