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

/**
 * The files under one folder with one of the extensions, in the order of their whole paths, found one at a time: each
 * entry's kind is read (one {@code lstat}) only when the order reaches it, so the first files are known long before
 * the last entry is looked at. A subfolder's files are merged in by their whole paths ({@code b.txt} comes before
 * {@code b/c.txt}, which comes before {@code b0.txt}), as sorting every path found would place them; a subfolder is
 * reached before any of its files is due, since its own name sorts before them. Links are followed to a file, never
 * to a folder (decision 0049).
 */
final class FolderFiles {
    private static final Comparator<FolderFiles> BY_NEXT_FILE = Comparator.comparing(folder -> folder.next.path());

    private final List<Path> entries = new ArrayList<>();
    private final List<String> extensions;
    private final int named;
    private final PriorityQueue<FolderFiles> subfolders = new PriorityQueue<>(BY_NEXT_FILE);
    private int entriesLookedAt;
    /** This folder's next file found under it, its own or a subfolder's; null when there is none left. */
    private ListedFile next;
    private ListedFile nextOwn;

    /** @throws IOException if the folder, or any entry or subfolder the order has reached, cannot be read */
    FolderFiles(Path folder, List<String> extensions, int named) throws IOException {
        this.extensions = extensions;
        this.named = named;
        // The names alone: the directory stream reads no entry's attributes.
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        entries.sort(null);
        nextOwn = findOwn();
        next = earliest();
    }

    /** The next file, or null after the last; then none is left to read. */
    ListedFile take() throws IOException {
        ListedFile taken = next;
        if (taken == null) {
            return null;
        }
        if (taken == nextOwn) {
            nextOwn = findOwn();
        } else {
            FolderFiles subfolder = subfolders.remove();
            subfolder.take();
            if (subfolder.next != null) {
                subfolders.add(subfolder);
            }
        }
        next = earliest();
        return taken;
    }

    private ListedFile earliest() {
        ListedFile inSubfolder = subfolders.isEmpty() ? null : subfolders.element().next;
        if (inSubfolder == null || nextOwn != null && nextOwn.path().compareTo(inSubfolder.path()) < 0) {
            return nextOwn;
        }
        return inSubfolder;
    }

    /** The next of this folder's own files in order, entering the subfolders found on the way. */
    private ListedFile findOwn() throws IOException {
        while (entriesLookedAt < entries.size()) {
            Path entry = entries.get(entriesLookedAt++);
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                FolderFiles subfolder = new FolderFiles(entry, extensions, named);
                if (subfolder.next != null) {
                    subfolders.add(subfolder);
                }
            } else if (InputFiles.hasExtension(entry, extensions)) {
                ListedFile file = attributes.isSymbolicLink() ? linkedFile(entry) : regularFile(entry, attributes);
                if (file != null) {
                    return file;
                }
            }
        }
        return null;
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
