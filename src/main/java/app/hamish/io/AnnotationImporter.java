package app.hamish.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads annotated documents in one interchange format. Reading only checks the files against themselves (syntax,
 * offsets within the text, span text where the format carries it); {@link AnnotationImport} then checks them
 * against the workspace and writes them.
 */
public interface AnnotationImporter {
    /**
     * Everything read, and every problem found. Where there are problems, {@code documents} holds what could be
     * read (each document without its refused spans), so that the workspace's own checks, such as unknown labels,
     * can be reported in the same refusal.
     */
    record Reading(List<ImportedDocument> documents, List<InputException.Problem> problems) {
        public Reading {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param paths files, and for formats that allow it folders or archives of them
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    Reading readAll(List<Path> paths, Progress progress);

    /**
     * @throws InputException listing every problem found, each naming its file and line
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    default List<ImportedDocument> read(List<Path> paths, Progress progress) {
        Reading reading = readAll(paths, progress);
        if (!reading.problems().isEmpty()) {
            throw new InputException(reading.problems());
        }
        return reading.documents();
    }
}
