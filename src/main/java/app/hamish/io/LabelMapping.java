package app.hamish.io;

import app.hamish.model.Label;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the label names of another tool become Hamish labels. A name is known without mapping when it is a Hamish
 * label ({@code CLAIM}) or a label and one of its subtypes ({@code ENTITY:person}, or {@code ENTITY-person} as
 * brat spells it); anything else needs a {@code SRC=DST} entry, e.g. {@code PER=ENTITY:person}.
 */
public final class LabelMapping {
    /** A Hamish label and subtype (null for none). */
    public record Target(String label, String subtype) {
    }

    private final Map<String, String> entries;

    private LabelMapping(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** @throws IllegalArgumentException naming the entry that is not {@code SRC=DST} or maps one name twice */
    public static LabelMapping parse(List<String> entries) {
        Map<String, String> map = new HashMap<>();
        for (String entry : entries) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("a label mapping is SRC=DST, e.g. PER=ENTITY:person, not '"
                        + entry + "'");
            }
            String source = entry.substring(0, equals);
            if (map.put(source, entry.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("label " + source + " is mapped twice");
            }
        }
        return new LabelMapping(map);
    }

    /** The Hamish label a name in a file stands for, if it maps (or is) one of {@code labels}. */
    public Optional<Target> resolve(String name, List<Label> labels) {
        return parse(entries.getOrDefault(name, name), labels);
    }

    /** Mapping targets that name no label (or subtype) of the workspace. */
    public List<String> invalidTargets(List<Label> labels) {
        return entries.entrySet().stream().filter(entry -> parse(entry.getValue(), labels).isEmpty())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).sorted().toList();
    }

    private static Optional<Target> parse(String name, List<Label> labels) {
        // Label names never hold a hyphen, so the first one can only separate brat's subtype.
        int colon = name.indexOf(':') >= 0 ? name.indexOf(':') : name.indexOf('-');
        String labelName = colon < 0 ? name : name.substring(0, colon);
        String subtype = colon < 0 ? null : name.substring(colon + 1);
        return labels.stream().filter(label -> label.name().equals(labelName) && label.allowsSubtype(subtype))
                .findFirst().map(label -> new Target(label.name(), subtype));
    }
}
