package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import app.hamish.io.Progress;
import app.hamish.model.Relation;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Label Studio's JSON export: an array of tasks, each with {@code data.text} and {@code annotations[]},
 * whose {@code result[]} holds {@code labels} regions ({@code value.start}, {@code value.end} in code points,
 * {@code value.text}, {@code value.labels}) and {@code relation}s between region ids. Cancelled annotations,
 * predictions and other result types (choices, text areas) are not imported. A line break in {@code value.text}
 * may be written as the two characters {@code \n}, as Label Studio writes it. A region with several labels
 * becomes one span per label; a relation from or to it uses the first. A relation without a label is
 * {@code attributed_to}; {@code "direction": "left"} is read from {@code to_id} to {@code from_id}.
 */
public final class LabelStudioImporter implements AnnotationImporter {
    private final OffsetUnit unit;

    public LabelStudioImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return FormatFiles.readEach(paths, "a Label Studio JSON export", List.of(".json"), progress,
                (file, documents, problems) -> {
                    Object root = JsonTree.parse(InputFiles.readText(file), file.toString(), 1);
                    List<?> tasks = root instanceof List<?> list ? list : List.of(root);
                    for (int i = 0; i < tasks.size(); i++) {
                        try {
                            documents.add(task(tasks.get(i), i, InputFiles.stem(file), file.toString(), problems));
                        } catch (InputException e) {
                            problems.addAll(e.problems());
                        }
                    }
                });
    }

    private ImportedDocument task(Object value, int index, String stem, String file,
                                         List<InputException.Problem> problems) {
        if (!(value instanceof JsonTree.Node task)) {
            throw new InputException(file, 0, "task " + index + " must be a JSON object");
        }
        JsonTree.Node data = task.object("data");
        DocumentBuilder document = DocumentBuilder.of(data, "text", unit, problems).acceptingEscapedLineBreaks();
        for (Object item : task.optionalArray("annotations")) {
            JsonTree.Node annotation = task.node(item, "an annotation");
            if (!Boolean.TRUE.equals(annotation.get("was_cancelled"))) {
                results(annotation, document);
            }
        }
        String id = data.has("article_id") ? data.id("article_id") : stem + "-" + (index + 1);
        return document.build(id, data.optionalString("title"), "{}");
    }

    private static void results(JsonTree.Node annotation, DocumentBuilder document) {
        for (Object item : annotation.optionalArray("result")) {
            JsonTree.Node result = annotation.node(item, "a result");
            String type = result.optionalString("type");
            if ("labels".equals(type)) {
                region(result, document);
            } else if ("relation".equals(type)) {
                relation(result, document);
            }
        }
    }

    private static void region(JsonTree.Node result, DocumentBuilder document) {
        JsonTree.Node value = result.object("value");
        List<Object> labels = value.array("labels");
        if (labels.isEmpty()) {
            throw value.error("region " + result.id("id") + " has no label");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (!(labels.get(i) instanceof String label)) {
                throw value.error("a region's labels must be strings");
            }
            String key = i == 0 ? result.id("id") : result.id("id") + "#" + i;
            document.span(key, value.integer("start"), value.integer("end"), label, value.optionalString("text"),
                    null, value.line());
        }
    }

    private static void relation(JsonTree.Node result, DocumentBuilder document) {
        List<Object> labels = result.optionalArray("labels");
        String type = labels.isEmpty() ? Relation.ATTRIBUTED_TO : String.valueOf(labels.getFirst());
        String direction = result.has("direction") ? result.string("direction") : "right";
        switch (direction) {
            case "right" -> document.link(result.id("from_id"), result.id("to_id"), type, result.line());
            case "left" -> document.link(result.id("to_id"), result.id("from_id"), type, result.line());
            default -> throw result.error("relation direction \"" + direction
                    + "\": Hamish relations go one way (right or left)");
        }
    }
}
