package app.hamish.service;

import app.hamish.store.ChangedSinceException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The refusal of a change made on a row someone changed since it was read (decision 0028), worded for the analyst:
 * who changed it and when, for an annotation, a review decision or a layer's state.
 */
final class ChangedSince {
    /** The refusals that say so: a view shown one of them reads the workspace again. */
    static final Set<Refusal> REFUSALS = Set.of(Refusal.CHANGED_SINCE, Refusal.DECISION_CHANGED_SINCE,
            Refusal.LAYER_CHANGED_SINCE);

    /** When a refusal says a change was made: to the minute is what a person checks, in UTC as the audit log. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ChangedSince() {
    }

    /** Runs the store's change, its refusal of an old version worded as {@code refusal}. */
    static <T> T refusedAs(Refusal refusal, Supplier<T> change) {
        try {
            return change.get();
        } catch (ChangedSinceException e) {
            throw refusal(refusal, e.changedBy(), e.changedAt());
        }
    }

    static RefusedException refusal(Refusal refusal, String changedBy, Instant changedAt) {
        return new RefusedException(refusal, changedBy, WHEN.format(changedAt));
    }
}
