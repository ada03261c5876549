package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.List;

/** JSON Lines files: one JSON object a line, blank lines skipped, every problem of every line collected. */
final class JsonLines {
    /** Reads one JSON Lines object into a document (null if the line holds none to import), or throws. */
    @FunctionalInterface
    interface LineReader {
        ImportedDocument read(JsonTree.Node line, String stem, List<InputException.Problem> problems);
    }

    private JsonLines() {
    }

    /** JSON Lines files (one object a line, blank lines skipped), each line read by {@code reader}. */
    static AnnotationImporter.Reading read(List<Path> paths, Progress progress, LineReader reader) {
        return FormatFiles.readEach(paths, "a JSON Lines file", List.of(".jsonl"), progress,
                (file, documents, problems) -> readFile(file, reader, documents, problems));
    }

    private static void readFile(Path file, LineReader reader, List<ImportedDocument> documents,
                                 List<InputException.Problem> problems) {
        String[] lines = InputFiles.readText(file).split("\n", -1);
        String stem = InputFiles.stem(file);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                ImportedDocument document = reader.read(JsonTree.parseObject(lines[i], file.toString(), i + 1), stem,
                        problems);
                if (document != null) {
                    documents.add(document);
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
    }
}
