package app.hamish.ui.session;

import app.hamish.model.ReviewDecision;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The review decisions on some annotations of the open article changed: which, and what each was before (null: none).
 * What follows the decisions redraws or recounts these alone, not the article's thousands. Each is a change of its
 * own, with no equality of value: the same annotation decided twice in a row is two changes.
 */
public final class DecisionsChanged {
    static final DecisionsChanged NONE = new DecisionsChanged(Map.of());

    private final Map<Long, ReviewDecision> before;

    DecisionsChanged(Map<Long, ReviewDecision> before) {
        this.before = Collections.unmodifiableMap(new HashMap<>(before));
    }

    /** The annotations whose decision changed. */
    public Set<Long> annotationIds() {
        return before.keySet();
    }

    /** The decision an annotation had before the change (null: none). */
    public ReviewDecision before(long annotationId) {
        return before.get(annotationId);
    }
}
