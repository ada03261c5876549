package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads spaCy / Prodigy span JSONL ({@code {"text", "spans": [{"start", "end", "label"}], "meta"}}), with
 * code-point offsets as {@code Doc.char_span} takes them. A span's {@code text}, where given, must match. Prodigy
 * lines answered {@code reject} or {@code ignore} are skipped: their spans are what the annotator turned down.
 */
public final class SpacyImporter implements AnnotationImporter {
    @Override
    public List<ImportedDocument> read(List<Path> paths, Progress progress) {
        return JsonLines.read(paths, progress, SpacyImporter::document);
    }

    private static ImportedDocument document(JsonTree.Node line, String stem, List<InputException.Problem> problems) {
        String answer = line.optionalString("answer");
        if (answer != null && !answer.equals("accept")) {
            return null;
        }
        DocumentBuilder document = DocumentBuilder.of(line, "text", problems);
        List<Object> spans = line.optionalArray("spans");
        for (int i = 0; i < spans.size(); i++) {
            JsonTree.Node span = line.node(spans.get(i), "spans[" + i + "]");
            document.span("spans[" + i + "]", span.integer("start"), span.integer("end"), span.string("label"),
                    span.optionalString("text"), null, line.line());
        }
        JsonTree.Node meta = line.has("meta") ? line.object("meta") : null;
        String id = meta != null && meta.has("article_id") ? meta.id("article_id") : stem + "-" + line.line();
        String title = meta != null ? meta.optionalString("title") : null;
        return document.build(id, title, "{}");
    }
}
