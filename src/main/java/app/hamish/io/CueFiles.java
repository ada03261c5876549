package app.hamish.io;

import app.hamish.model.CueLexicon;
import app.hamish.service.CueLexicons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own cue lists, read as every file Hamish takes in: only a regular file (a pipe would never end), strict
 * UTF-8 with a bad byte named by its file and line, byte-order marks dropped.
 */
public final class CueFiles {
    private CueFiles() {
    }

    /**
     * Hamish's list and every one of {@code files}: a list the user named and that is not there is a typo, and the
     * figures without it would be taken for the figures with it.
     *
     * @throws InputException naming every file that cannot be read as a cue list, and why
     */
    public static CueLexicon load(List<Path> files) {
        List<String> texts = new ArrayList<>();
        List<InputException.Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(TextDecoding.decode(InputFiles.read(file, InputFiles.MAX_FILE_BYTES), file.toString()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return CueLexicons.load(texts);
    }

    /**
     * Hamish's list and the user's own in {@code file}, if they wrote one: most never do.
     *
     * @throws InputException if it is there but cannot be read as a cue list
     */
    public static CueLexicon loadIfPresent(Path file) {
        return load(Files.exists(file) ? List.of(file) : List.of());
    }
}
