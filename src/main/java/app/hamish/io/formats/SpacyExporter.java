package app.hamish.io.formats;

import app.hamish.io.ExportRun;
import app.hamish.io.Exporter;
import app.hamish.io.JsonLinesWriter;
import app.hamish.io.Progress;
import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.service.Workspace;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * spaCy / Prodigy span JSONL, one article a line: {@code {"text", "spans": [{"start", "end", "label"}], "meta"}}.
 * Offsets are code points, what {@code Doc.char_span} takes. Spans may overlap (a claim holding an entity): fine
 * for a span categorizer; {@code spacy.util.filter_spans} picks non-overlapping ones for {@code doc.ents}.
 * Relations are not written: this format has none for character spans.
 */
public final class SpacyExporter implements Exporter {
    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress, JsonLinesWriter.opener(SpacyExporter::write));
    }

    private static void write(JsonGenerator json, ArticleExport article) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", article.article().text().value());
        json.writeArrayFieldStart("spans");
        for (ExportedAnnotation annotation : article.annotations()) {
            json.writeStartObject();
            json.writeNumberField("start", annotation.span().start());
            json.writeNumberField("end", annotation.span().end());
            json.writeStringField("label", ExternalLabels.name(annotation.label(), annotation.subtype()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("meta");
        json.writeStringField("article_id", article.article().externalId());
        json.writeStringField("title", article.article().title());
        json.writeEndObject();
        json.writeEndObject();
    }
}
