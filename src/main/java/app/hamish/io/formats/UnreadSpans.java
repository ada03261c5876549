package app.hamish.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a line that holds spans under a field its format does not read: such a line would otherwise import as
 * an article without its spans, and the import succeed having lost them (a spaCy {@code Doc.to_json()} line read
 * as Prodigy, a doccano line under {@code "labels"}).
 */
final class UnreadSpans {
    private UnreadSpans() {
    }

    /**
     * @param known the fields the format reads, or knows to hold something else with offsets (spaCy's tokens)
     * @param spanFields the fields it reads spans from, to name in the message
     */
    static void refuse(JsonTree.Node line, Set<String> known, List<String> spanFields) {
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, Object> field : line.fields().entrySet()) {
            if (!known.contains(field.getKey()) && holdsSpans(field.getValue())) {
                unread.add("\"" + field.getKey() + "\"");
            }
        }
        if (!unread.isEmpty()) {
            throw line.error("holds spans under " + String.join(", ", unread) + ", which this format does not read;"
                    + " it reads them from " + String.join(", ", spanFields.stream().map(f -> "\"" + f + "\"")
                    .toList()) + " (is it another tool's file? see --format)");
        }
    }

    /** An array of offset pairs: objects with start and end, or [start, end, "LABEL"] triples. */
    private static boolean holdsSpans(Object value) {
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            return false;
        }
        return switch (items.getFirst()) {
            case JsonTree.Node node -> node.has("start") && node.has("end")
                    || node.has("start_offset") && node.has("end_offset");
            case List<?> triple -> triple.size() >= 3 && triple.get(0) instanceof Number
                    && triple.get(1) instanceof Number;
            case null, default -> false;
        };
    }
}
