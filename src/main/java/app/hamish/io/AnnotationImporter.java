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
     * @param paths files, and for formats that allow it folders or archives of them
     * @throws InputException listing every problem found, each naming its file and line
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    List<ImportedDocument> read(List<Path> paths, Progress progress);
}
