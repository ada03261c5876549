package app.hamish.model;

import java.util.Locale;

/** How an annotation came to exist. */
public enum Provenance {
    MANUAL, IMPORTED, SUGGESTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provenance fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
