package app.hamish.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files an import names, in the order named, a folder's files in the order of their whole paths, each handed on
 * as soon as it is found (decision 0056). A named path with a problem contributes no file: a folder found unreadable
 * part way has already handed some on, which whoever takes them leaves out once they hear of its problem.
 */
final class FileListing {
    /** Hears of each file found and each problem, in the order of the paths named. */
    interface Found {
        void file(ListedFile file);

        /** @param named the index of the path named that has the problem; none of its files counts */
        void problem(InputException.Problem problem, int named);
    }

    private FileListing() {
    }

    /** @param kind what the files are, for the message about a file of another kind (e.g. "an article file") */
    static void list(List<Path> paths, String kind, List<String> extensions, Found found) {
        for (int named = 0; named < paths.size(); named++) {
            InputException.Problem problem = listNamed(paths.get(named), kind, extensions, named, found);
            if (problem != null) {
                found.problem(problem, named);
            }
        }
    }

    /**
     * One {@code lstat} says whether the path is there, what it is and its size; only a link needs the {@code stat}
     * of what it names. Links are followed as a named path is, for all but a folder, which the walk did not enter.
     */
    private static InputException.Problem listNamed(Path path, String kind, List<String> extensions, int named,
                                                    Found found) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isDirectory()) {
                    return null;
                }
            }
        } catch (IOException e) {
            return new InputException.Problem(path.toString(), 0, "does not exist");
        }
        return attributes.isDirectory() ? listFolder(path, extensions, named, found)
                : namedFile(path, attributes, kind, extensions, named, found);
    }

    private static InputException.Problem listFolder(Path folder, List<String> extensions, int named, Found found) {
        try {
            FolderFiles files = new FolderFiles(folder, extensions, named);
            for (ListedFile file = files.take(); file != null; file = files.take()) {
                found.file(file);
            }
            return null;
        } catch (IOException e) {
            return new InputException.Problem(folder.toString(), 0, "cannot be read: " + InputFiles.reason(e));
        }
    }

    /** The files named, listed whole before any is read, with the listing's problems added to {@code problems}. */
    static List<ListedFile> listWhole(List<Path> paths, String kind, List<String> extensions,
                                      List<InputException.Problem> problems) {
        List<ListedFile> files = new ArrayList<>();
        Set<Integer> refused = new HashSet<>();
        list(paths, kind, extensions, new Found() {
            @Override
            public void file(ListedFile file) {
                files.add(file);
            }

            @Override
            public void problem(InputException.Problem problem, int named) {
                problems.add(problem);
                refused.add(named);
            }
        });
        return files.stream().filter(file -> !refused.contains(file.named())).toList();
    }

    private static InputException.Problem namedFile(Path file, BasicFileAttributes attributes, String kind,
                                                    List<String> extensions, int named, Found found) {
        if (!attributes.isRegularFile()) {
            return InputFiles.notRegular(file);
        }
        if (!InputFiles.hasExtension(file, extensions)) {
            return new InputException.Problem(file.toString(), 0, "is not " + kind + "; Hamish imports "
                    + String.join(" and ", extensions) + " here");
        }
        found.file(new ListedFile(file, attributes.size(), named));
        return null;
    }
}
