package app.hamish.io;

import app.hamish.model.PartialFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.concurrent.CancellationException;

/**
 * Writes a file completely beside its destination, forces it to disk, then moves it into place, so a reader
 * sees either the old file or the whole new one, never half an export.
 */
public final class AtomicFile {
    /** What writes the content; it may throw to abandon the file, leaving the destination untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PARTIAL = ".partial";

    private AtomicFile() {
    }

    /**
     * @throws InputException if the destination's name holds control characters ({@link FileNames})
     * @throws IOException naming {@code destination} (never the temporary file), also when it is a folder or a
     *                     read-only file, which is not replaced
     */
    public static void write(Path destination, Content content) throws IOException {
        FileNames.requireSafe(destination);
        Path target = destination.toAbsolutePath();
        Path folder = target.getParent();
        requireReplaceable(destination, target);
        String prefix = "." + target.getFileName() + ".";
        // Not Files.createTempFile: its owner-only permissions would carry over to the export.
        Path partial = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + PARTIAL);
        try {
            Files.createDirectories(folder);
            deleteAbandoned(folder, prefix);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(partial, e);
            throw new IOException("Cannot write " + destination + ": " + reason(e), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    /** A folder is not a file to replace, and a write-protected file was protected on purpose. */
    private static void requireReplaceable(Path destination, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write " + destination + ": it is a folder; name a file to write.");
        }
        if (Files.exists(target) && writeProtected(target)) {
            throw new IOException("Cannot write " + destination + ": the file is read-only, so Hamish does not "
                    + "replace it. Name another file, or make it writable.");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IOException("Cannot write " + destination + ": it is not a regular file.");
        }
    }

    /** By its permissions, not by whether this user could write it anyway: root can, and must not either. */
    private static boolean writeProtected(Path target) throws IOException {
        if (!Files.isWritable(target)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        return posix != null && posix.readAttributes().permissions().stream()
                .noneMatch(permission -> permission.name().endsWith("_WRITE"));
    }

    /** Removes what an export to the same destination, killed before it finished, left behind. */
    private static void deleteAbandoned(Path folder, String prefix) throws IOException {
        PartialFiles.deleteAbandoned(folder, name -> name.startsWith(prefix) && name.endsWith(PARTIAL));
    }

    /** What went wrong, without the temporary file's name that Java's own messages lead with. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (is the folder read-only?)";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage();
    }

    private static void deleteQuietly(Path partial, Exception failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** @throws CancellationException if the user cancelled the work {@code progress} reports on */
    public static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
