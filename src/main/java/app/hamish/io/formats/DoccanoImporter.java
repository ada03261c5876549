package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads doccano's JSONL exports in either shape, line by line: sequence labelling
 * ({@code {"text", "label": [[start, end, "LABEL"], ...]}}, {@code "labels"} in some doccano versions) and relation
 * extraction ({@code {"text", "entities": [{"id", "start_offset", "end_offset", "label"}], "relations":
 * [{"from_id", "to_id", "type"}]}}). Offsets are code points, or UTF-16 code units where doccano's front end
 * counted them. The article id is Hamish's {@code article_id} field when the file came from Hamish. A line with
 * spans under any other field is refused rather than imported without them.
 */
public final class DoccanoImporter implements AnnotationImporter {
    private static final List<String> TRIPLES = List.of("label", "labels");
    private static final Set<String> KNOWN = Set.of("label", "labels", "entities", "relations");

    private final OffsetUnit unit;

    public DoccanoImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return JsonLines.read(paths, progress, this::document);
    }

    private ImportedDocument document(JsonTree.Node line, String stem, List<InputException.Problem> problems) {
        UnreadSpans.refuse(line, KNOWN, List.of("label", "labels", "entities"));
        DocumentBuilder document = DocumentBuilder.of(line, "text", unit, problems);
        for (String field : TRIPLES) {
            List<Object> labels = line.optionalArray(field);
            for (int i = 0; i < labels.size(); i++) {
                if (!(labels.get(i) instanceof List<?> triple) || triple.size() != 3
                        || !(triple.get(2) instanceof String label)) {
                    throw line.error(field + "[" + i + "] must be [start, end, \"LABEL\"]");
                }
                document.span(field + "[" + i + "]", offset(triple.get(0), line), offset(triple.get(1), line), label,
                        null, null, line.line());
            }
        }
        for (Object item : line.optionalArray("entities")) {
            JsonTree.Node entity = line.node(item, "an entity");
            document.span(entity.id("id"), entity.integer("start_offset"), entity.integer("end_offset"),
                    entity.string("label"), null, null, line.line());
        }
        for (Object item : line.optionalArray("relations")) {
            JsonTree.Node relation = line.node(item, "a relation");
            document.link(relation.id("from_id"), relation.id("to_id"), relation.string("type"), line.line());
        }
        String id = line.has("article_id") ? line.id("article_id") : stem + "-" + line.line();
        return document.build(id, line.optionalString("title"), "{}");
    }

    private static long offset(Object value, JsonTree.Node line) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw line.error("a label's start and end must be integers, not " + value);
    }
}
