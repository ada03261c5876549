package app.hamish.model;

import java.util.Locale;

/** Where an annotation stands in review; {@code PENDING} until a reviewer decides. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED;

    private static final ReviewStatus[] ALL = values();

    /** Kept, not lower-cased again: exports write one for each of a million annotations. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static ReviewStatus fromCode(String code) {
        for (ReviewStatus known : ALL) {
            if (known.code.equals(code)) {
                return known;
            }
        }
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
