package app.hamish.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as stored: ISO-8601 UTC text with millisecond precision, which sorts as it reads. */
final class Times {
    private Times() {
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return truncate(instant).toString();
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
