package app.hamish.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;

/**
 * The files under one folder with one of the extensions, in the order of their whole paths, found one at a time.
 * What is still to be looked at waits in one queue by path: each folder listed so far at its next entry, whose kind
 * is read (one {@code lstat}) only when the order reaches it, and each subfolder found, unlisted, at its own path.
 * Every file under a folder sorts after the folder's own path ({@code b} before {@code b/c.txt}), so a subfolder is
 * listed only when nothing before its own path is left, and its files merge in by their whole paths ({@code b.txt},
 * {@code b/c.txt}, {@code b0.txt}), as sorting every path found would place them. A tree of folders without files of
 * their own is thus listed a folder at a time as the files are taken, not whole before the first. Links are followed
 * to a file, never to a folder (decision 0049).
 */
final class FolderFiles {
    private final List<String> extensions;
    private final int named;
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::path));

    /** What the order reaches at {@link #path}: nothing under it sorts before that path. */
    private sealed interface Due {
        Path path();
    }

    private record Unlisted(Path path) implements Due {
    }

    /** A folder's entries, sorted, from the next one not yet looked at. */
    private static final class Listed implements Due {
        private final List<Path> entries;
        private int next;

        Listed(List<Path> entries) {
            this.entries = entries;
        }

        @Override
        public Path path() {
            return entries.get(next);
        }
    }

    FolderFiles(Path folder, List<String> extensions, int named) {
        this.extensions = extensions;
        this.named = named;
        due.add(new Unlisted(folder));
    }

    /**
     * The next file, or null after the last; then none is left to read.
     *
     * @throws IOException if a folder or an entry the order has reached cannot be read
     * @throws CancellationException if this thread is interrupted, checked before each folder is listed
     */
    ListedFile take() throws IOException {
        for (Due first = due.poll(); first != null; first = due.poll()) {
            if (first instanceof Unlisted(Path folder)) {
                list(folder);
                continue;
            }
            Listed folder = (Listed) first;
            Path entry = folder.entries.get(folder.next++);
            if (folder.next < folder.entries.size()) {
                due.add(folder);
            }
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                due.add(new Unlisted(entry));
            } else if (InputFiles.hasExtension(entry, extensions)) {
                ListedFile file = attributes.isSymbolicLink() ? linkedFile(entry) : regularFile(entry, attributes);
                if (file != null) {
                    return file;
                }
            }
        }
        return null;
    }

    /** The folder's names alone: the directory stream reads no entry's attributes. */
    private void list(Path folder) throws IOException {
        // A closed import stops here instead of listing the rest of a large tree for nobody.
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted while listing " + folder);
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        if (!entries.isEmpty()) {
            entries.sort(null);
            due.add(new Listed(entries));
        }
    }

    private ListedFile regularFile(Path file, BasicFileAttributes attributes) {
        return attributes.isRegularFile() ? new ListedFile(file, attributes.size(), named) : null;
    }

    /** A link to a regular file, sized by the one {@code stat} that says so; a dangling link is skipped. */
    private ListedFile linkedFile(Path link) {
        try {
            return regularFile(link, Files.readAttributes(link, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }
}
