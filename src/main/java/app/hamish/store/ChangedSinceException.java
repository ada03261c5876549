package app.hamish.store;

import java.time.Instant;

/**
 * A change was refused because the row it was made on has been changed by someone since it was read (the optimistic
 * version check, decision 0028); nothing was changed. Names who changed it last and when, so the refusal can say so.
 */
public final class ChangedSinceException extends StoreException {
    private final String changedBy;
    private final Instant changedAt;

    ChangedSinceException(String table, long key, String changedBy, Instant changedAt) {
        super("row " + key + " of " + table + " was changed by " + changedBy + " at " + changedAt
                + " since it was read; nothing was changed");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
