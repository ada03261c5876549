package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import app.hamish.io.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files an import names, read one by one into documents, keeping what was read when some of it is refused. */
final class FormatFiles {
    private FormatFiles() {
    }

    static AnnotationImporter.Reading readEach(List<Path> paths, String kind, List<String> extensions,
                                               Progress progress, InputFiles.FileReader<ImportedDocument> reader) {
        // InputFiles.readEach reads every file before refusing them all; the documents are gathered here as well,
        // so that the refusal can also name what the workspace would refuse in them (unknown labels).
        List<ImportedDocument> documents = new ArrayList<>();
        try {
            InputFiles.readEach(paths, kind, extensions, progress,
                    (file, ignored, problems) -> reader.read(file, documents, problems));
            return new AnnotationImporter.Reading(documents, List.of());
        } catch (InputException e) {
            return new AnnotationImporter.Reading(documents, e.problems());
        }
    }
}
