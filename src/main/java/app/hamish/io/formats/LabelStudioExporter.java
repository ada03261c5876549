package app.hamish.io.formats;

import app.hamish.io.ExportRun;
import app.hamish.io.Exporter;
import app.hamish.io.Json;
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
 * Label Studio tasks JSON: an array with one task per article ({@code data.text}, plus {@code article_id} and
 * {@code title}), holding one annotation whose {@code result} has a {@code labels} region per span (code-point
 * {@code start}, {@code end}, its {@code text}) and a {@code relation} per relation. Regions are named for the
 * labeling config {@code <Labels name="label" toName="text">} over {@code <Text name="text" value="$text">}.
 * One task per line, so a file with a million spans still diffs and greps.
 */
public final class LabelStudioExporter implements Exporter {
    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress, out -> {
            JsonGenerator json = Json.FACTORY.createGenerator(out);
            json.setRootValueSeparator(null);
            json.writeRaw("[");
            return new ExportRun.ArticleWriter() {
                private boolean first = true;

                @Override
                public void write(ArticleExport article) throws IOException {
                    json.writeRaw(first ? "\n" : ",\n");
                    first = false;
                    task(json, article);
                }

                @Override
                public void finish() throws IOException {
                    json.writeRaw("\n]\n");
                    json.close();
                }
            };
        });
    }

    private static void task(JsonGenerator json, ArticleExport export) throws IOException {
        var article = export.article();
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("text", article.text().value());
        json.writeStringField("article_id", article.externalId());
        json.writeStringField("title", article.title());
        json.writeEndObject();
        json.writeArrayFieldStart("annotations");
        json.writeStartObject();
        json.writeArrayFieldStart("result");
        for (ExportedAnnotation annotation : export.annotations()) {
            json.writeStartObject();
            json.writeStringField("id", regionId(annotation.id()));
            json.writeStringField("from_name", "label");
            json.writeStringField("to_name", "text");
            json.writeStringField("type", "labels");
            json.writeObjectFieldStart("value");
            json.writeNumberField("start", annotation.span().start());
            json.writeNumberField("end", annotation.span().end());
            json.writeStringField("text", article.text().slice(annotation.span()));
            json.writeArrayFieldStart("labels");
            json.writeString(ExternalLabels.name(annotation.label(), annotation.subtype()));
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        for (Relation relation : export.relations()) {
            json.writeStartObject();
            json.writeStringField("from_id", regionId(relation.fromAnnotationId()));
            json.writeStringField("to_id", regionId(relation.toAnnotationId()));
            json.writeStringField("type", "relation");
            json.writeStringField("direction", "right");
            json.writeArrayFieldStart("labels");
            json.writeString(relation.type());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String regionId(long annotationId) {
        return "a" + annotationId;
    }
}
