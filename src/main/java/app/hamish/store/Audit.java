package app.hamish.store;

import java.time.Instant;

/** Who is making a change, the audit log's word for it, and when. */
record Audit(long actorId, String action, Instant at) {
    Audit {
        at = Times.truncate(at);
    }
}
