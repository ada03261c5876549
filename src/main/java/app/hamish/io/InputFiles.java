package app.hamish.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding and reading the files an import names. */
public final class InputFiles {
    /** Reads what one file holds into {@code out}; problems go to the list, or are thrown to end the file. */
    @FunctionalInterface
    public interface FileReader<T> {
        void read(Path file, List<T> out, List<InputException.Problem> problems);
    }

    /** Larger files are refused: they would not fit in memory with their parsed content. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private InputFiles() {
    }

    /**
     * Files in the order named; a folder contributes its files with one of {@code extensions}, sorted by path.
     * Missing paths and files of another kind are added to {@code problems}.
     *
     * @param kind what the files are, for the message about a file of another kind (e.g. "an article file")
     */
    public static List<Path> expand(List<Path> paths, String kind, List<String> extensions,
                                    List<InputException.Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(file -> hasExtension(file, extensions)).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(new InputException.Problem(path.toString(), 0, "cannot be read: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                problems.add(new InputException.Problem(path.toString(), 0, "does not exist"));
            } else if (!hasExtension(path, extensions)) {
                problems.add(new InputException.Problem(path.toString(), 0, "is not " + kind + "; Hamish imports "
                        + String.join(" and ", extensions) + " here"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * The loop every import shares: expand folders, read each file, collect every problem of every file, and
     * refuse the whole set if there is any, so an import is all or nothing.
     *
     * @throws InputException with every problem found
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    public static <T> List<T> readEach(List<Path> paths, String kind, List<String> extensions, Progress progress,
                                       FileReader<T> reader) {
        List<InputException.Problem> problems = new ArrayList<>();
        List<Path> files = expand(paths, kind, extensions, problems);
        List<T> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AtomicFile.checkCancelled(progress);
            try {
                FileNames.requireSafe(files.get(i));
                reader.read(files.get(i), read, problems);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
            progress.update(i + 1, files.size());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return read;
    }

    /** The file name without its extension. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static boolean hasExtension(Path file, List<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }

    /** The file's bytes, refusing files over {@code limit} bytes. */
    public static byte[] read(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new InputException(file.toString(), 0, "is %d MB; the largest file Hamish reads here is %d MB"
                        .formatted(size >> 20, limit >> 20));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The file as strict UTF-8 text, byte-order mark dropped and line endings made {@code \n}. */
    public static String readText(Path file) {
        return TextDecoding.decode(read(file, MAX_FILE_BYTES), file.toString());
    }
}
