package app.hamish.model;

import java.util.List;
import java.util.Objects;

/**
 * A tag an annotator can put on a span. Each workspace holds its own tag set; a new one starts with
 * {@link #ENTITY} (subtypes person, organisation, location, other), {@link #CLAIM} and {@link #UNVERIFIED_SOURCE}.
 *
 * @param colour CSS hex colour of the highlight, e.g. {@code #4C9BE8}
 * @param hotkey the key that applies the label in the workbench
 */
public record Label(String name, String colour, String hotkey, List<String> subtypes) {
    public static final String ENTITY = "ENTITY";
    public static final String CLAIM = "CLAIM";
    public static final String UNVERIFIED_SOURCE = "UNVERIFIED_SOURCE";

    public Label {
        Objects.requireNonNull(name);
        Objects.requireNonNull(colour);
        subtypes = List.copyOf(subtypes);
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("label name '" + name + "' must be upper case letters, digits and _");
        }
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("label colour '" + colour + "' must look like #RRGGBB");
        }
    }

    public boolean allowsSubtype(String subtype) {
        return subtype == null || subtypes.contains(subtype);
    }
}
