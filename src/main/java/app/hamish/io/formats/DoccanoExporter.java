package app.hamish.io.formats;

import app.hamish.io.ExportRun;
import app.hamish.io.Exporter;
import app.hamish.io.JsonLinesWriter;
import app.hamish.io.Progress;
import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Relation;
import app.hamish.service.Workspace;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * doccano JSONL, one article a line, code-point offsets: either the sequence-labelling shape ({@code "label":
 * [[start, end, "LABEL"]]}, no relations) or the relation shape ({@code "entities"} and {@code "relations"}), for
 * a doccano project with relation labelling on. Each line also carries {@code article_id}, which doccano keeps as
 * metadata, so the article is recognised when it comes back.
 */
public final class DoccanoExporter implements Exporter {
    private final boolean relations;

    /** @param relations whether to write the relation shape */
    public DoccanoExporter(boolean relations) {
        this.relations = relations;
    }

    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress,
                JsonLinesWriter.opener(relations ? DoccanoExporter::writeRelations : DoccanoExporter::writeLabels));
    }

    private static void writeLabels(JsonGenerator json, ArticleExport article) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", article.article().text().value());
        json.writeArrayFieldStart("label");
        for (ExportedAnnotation annotation : article.annotations()) {
            json.writeStartArray();
            json.writeNumber(annotation.span().start());
            json.writeNumber(annotation.span().end());
            json.writeString(ExternalLabels.name(annotation.label(), annotation.subtype()));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStringField("article_id", article.article().externalId());
        json.writeEndObject();
    }

    private static void writeRelations(JsonGenerator json, ArticleExport article) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", article.article().text().value());
        json.writeArrayFieldStart("entities");
        for (ExportedAnnotation annotation : article.annotations()) {
            json.writeStartObject();
            json.writeNumberField("id", annotation.id());
            json.writeStringField("label", ExternalLabels.name(annotation.label(), annotation.subtype()));
            json.writeNumberField("start_offset", annotation.span().start());
            json.writeNumberField("end_offset", annotation.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        for (Relation relation : article.relations()) {
            json.writeStartObject();
            json.writeNumberField("id", relation.id());
            json.writeNumberField("from_id", relation.fromAnnotationId());
            json.writeNumberField("to_id", relation.toAnnotationId());
            json.writeStringField("type", relation.type());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("article_id", article.article().externalId());
        json.writeEndObject();
    }
}
