package app.hamish.io.formats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file's offsets count. Hamish and every Python tool count code points; doccano's sequence labelling and
 * older Label Studio front ends count UTF-16 code units (JavaScript string indices), which differ after every
 * character outside the Basic Multilingual Plane (most emoji).
 */
public enum OffsetUnit {
    CODEPOINT("codepoint"),
    UTF16("utf16");

    private final String code;

    OffsetUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OffsetUnit> fromCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst();
    }
}
