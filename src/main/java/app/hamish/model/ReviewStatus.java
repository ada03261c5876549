package app.hamish.model;

import java.util.Locale;

/** Where an annotation stands in review; {@code PENDING} until a reviewer decides. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
