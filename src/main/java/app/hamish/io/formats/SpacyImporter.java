package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads spaCy / Prodigy span JSONL ({@code {"text", "spans": [{"start", "end", "label"}], "meta"}}) and spaCy's
 * {@code Doc.to_json()} ({@code "ents"}, and span groups as {@code "spans": {"sc": [...]}}), with code-point offsets
 * as {@code Doc.char_span} takes them. A span's {@code text}, where given, must match. Prodigy lines answered
 * {@code reject} or {@code ignore} are skipped: their spans are what the annotator turned down. A line with spans
 * under any other field is refused rather than imported without them.
 */
public final class SpacyImporter implements AnnotationImporter {
    /** Tokens and sentences carry character offsets too, but are not annotations. */
    private static final Set<String> KNOWN = Set.of("spans", "ents", "tokens", "sents");

    private final OffsetUnit unit;

    public SpacyImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return JsonLines.read(paths, progress, this::document);
    }

    private ImportedDocument document(JsonTree.Node line, String stem, List<InputException.Problem> problems) {
        String answer = line.optionalString("answer");
        if (answer != null && !answer.equals("accept")) {
            return null;
        }
        UnreadSpans.refuse(line, KNOWN, List.of("spans", "ents"));
        DocumentBuilder document = DocumentBuilder.of(line, "text", unit, problems);
        spans(line, "ents", line.optionalArray("ents"), document);
        if (line.get("spans") instanceof JsonTree.Node groups) {
            for (Map.Entry<String, Object> group : groups.fields().entrySet()) {
                spans(line, "spans." + group.getKey(), groups.array(group.getKey()), document);
            }
        } else {
            spans(line, "spans", line.optionalArray("spans"), document);
        }
        JsonTree.Node meta = line.has("meta") ? line.object("meta") : null;
        String id = meta != null && meta.has("article_id") ? meta.id("article_id") : stem + "-" + line.line();
        String title = meta != null ? meta.optionalString("title") : null;
        return document.build(id, title, "{}");
    }

    private static void spans(JsonTree.Node line, String field, List<Object> spans, DocumentBuilder document) {
        for (int i = 0; i < spans.size(); i++) {
            JsonTree.Node span = line.node(spans.get(i), field + "[" + i + "]");
            document.span(field + "[" + i + "]", span.integer("start"), span.integer("end"), span.string("label"),
                    span.optionalString("text"), null, line.line());
        }
    }
}
