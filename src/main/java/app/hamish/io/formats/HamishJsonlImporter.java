package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads Hamish's own training JSONL ({@link app.hamish.io.TrainingJsonlExporter}): spans with code-point offsets
 * and their text, relations between span ids. The annotator and review status a file records are not carried
 * over: imported work is the importer's, to be reviewed again.
 */
public final class HamishJsonlImporter implements AnnotationImporter {
    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return JsonLines.read(paths, progress, HamishJsonlImporter::document);
    }

    private static ImportedDocument document(JsonTree.Node line, String stem, List<InputException.Problem> problems) {
        String unit = line.optionalString("offset_unit");
        if (unit != null && !unit.equals("codepoint")) {
            throw line.error("\"offset_unit\" is \"" + unit + "\"; Hamish reads code-point offsets only");
        }
        UnreadSpans.refuse(line, Set.of("spans", "relations"), List.of("spans"));
        DocumentBuilder document = DocumentBuilder.of(line, "text", null, problems);
        List<Object> spans = line.optionalArray("spans");
        for (int i = 0; i < spans.size(); i++) {
            JsonTree.Node span = line.node(spans.get(i), "spans[" + i + "]");
            String key = span.has("id") ? span.id("id") : "spans[" + i + "]";
            document.span(key, span.integer("start"), span.integer("end"),
                    ExternalLabels.name(span.string("label"), span.optionalString("subtype")),
                    span.optionalString("text"), null, line.line());
        }
        for (Object item : line.optionalArray("relations")) {
            JsonTree.Node relation = line.node(item, "a relation");
            document.link(relation.id("from"), relation.id("to"), relation.string("type"), line.line());
        }
        String id = line.has("id") ? line.id("id") : stem + "-" + line.line();
        String meta = line.has("meta") ? JsonTree.toJson(line.object("meta")) : "{}";
        return document.build(id, line.optionalString("title"), meta);
    }
}
