package app.hamish.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one file of an import held, and what was wrong with it: what a reader added before refusing the file is
 * kept, for an importer that names what the workspace would refuse in it as well.
 */
record FileRead<T>(List<T> read, List<InputException.Problem> problems) {
    static <T> FileRead<T> of(Path file, InputFiles.FileReader<T> reader) {
        List<T> read = new ArrayList<>();
        List<InputException.Problem> problems = new ArrayList<>();
        try {
            FileNames.requireSafe(file);
            reader.read(file, read, problems);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        return new FileRead<>(read, problems);
    }
}
