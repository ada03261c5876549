package app.hamish.io;

import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Relation;
import app.hamish.service.Workspace;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Training data: one JSON object per article, UTF-8 without a byte-order mark, each carrying
 * {@code "offset_unit": "codepoint"} so that {@code text[start:end] == span["text"]} in Python. A gold span names
 * the annotators who had it and its adjudicator instead of one annotator.
 */
public final class TrainingJsonlExporter implements Exporter {
    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        JsonBytes strings = new JsonBytes();
        return ExportRun.run(workspace, filter, destination, progress,
                JsonLinesWriter.opener((json, article) -> write(json, article, strings)));
    }

    private static void write(JsonGenerator json, ArticleExport export, JsonBytes strings) throws IOException {
        var article = export.article();
        // The text and its spans are written from the UTF-8 the workspace stores, never decoded (decision 0069).
        TextBytes text = new TextBytes(article.text());
        json.writeStartObject();
        json.writeStringField("id", article.externalId());
        json.writeStringField("title", article.title());
        json.writeFieldName("text");
        strings.write(json, text, 0, article.text().codePointLength());
        json.writeFieldName("meta");
        json.writeRawValue(article.metaJson());
        json.writeStringField("direction", article.direction().code());
        json.writeStringField("offset_unit", "codepoint");
        json.writeArrayFieldStart("spans");
        for (ExportedAnnotation span : export.annotations()) {
            json.writeStartObject();
            json.writeNumberField("id", span.id());
            json.writeNumberField("start", span.span().start());
            json.writeNumberField("end", span.span().end());
            json.writeStringField("label", span.label());
            json.writeStringField("subtype", span.subtype());
            json.writeFieldName("text");
            article.text().requireWithin(span.span());
            strings.write(json, text, span.span().start(), span.span().end());
            if (span.isGold()) {
                json.writeArrayFieldStart("annotators");
                for (String annotator : span.annotators()) {
                    json.writeString(annotator);
                }
                json.writeEndArray();
                json.writeStringField("adjudicator", span.adjudicator());
            } else {
                json.writeStringField("annotator", span.annotator());
            }
            json.writeStringField("status", span.status().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        for (Relation relation : export.relations()) {
            json.writeStartObject();
            json.writeNumberField("from", relation.fromAnnotationId());
            json.writeNumberField("to", relation.toAnnotationId());
            json.writeStringField("type", relation.type());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
