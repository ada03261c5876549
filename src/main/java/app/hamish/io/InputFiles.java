package app.hamish.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
     * The loop every import shares: expand folders, read each file, collect every problem of every file, and
     * refuse the whole set if there is any, so an import is all or nothing.
     *
     * @throws InputException with every problem found
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    public static <T> List<T> readEach(List<Path> paths, String kind, List<String> extensions, Progress progress,
                                       FileReader<T> reader) {
        List<InputException.Problem> problems = new ArrayList<>();
        List<Path> files = FileListing.listWhole(paths, kind, extensions, problems).stream().map(ListedFile::path)
                .toList();
        List<T> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AtomicFile.checkCancelled(progress);
            FileRead<T> file = FileRead.of(files.get(i), reader);
            read.addAll(file.read());
            problems.addAll(file.problems());
            progress.update(i + 1, files.size());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return read;
    }

    /**
     * As {@link #readEach}, several files at a time on every core, for a reader that keeps nothing between files:
     * the same results and problems, in the same order.
     */
    public static <T> List<T> readEachInParallel(List<Path> paths, String kind, List<String> extensions,
                                                 Progress progress, Function<Path, List<T>> reader) {
        List<T> read = new ArrayList<>();
        try (ReadAhead<T> reading = readAhead(paths, kind, extensions, progress, reader)) {
            for (T next = reading.next(); next != null; next = reading.next()) {
                read.add(next);
            }
        }
        return read;
    }

    /**
     * As {@link #readEachInParallel}, handing over what the files hold as they are read, in their order, while the
     * next ones are read on other threads; close it when done.
     */
    public static <T> ReadAhead<T> readAhead(List<Path> paths, String kind, List<String> extensions,
                                             Progress progress, Function<Path, List<T>> reader) {
        return new ReadAhead<>(found -> FileListing.list(paths, kind, extensions, found), progress,
                (file, read, ignored) -> read.addAll(reader.apply(file)));
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

    /**
     * The file's bytes, refusing files over {@code limit} bytes (at most {@link #MAX_FILE_BYTES}), and anything but
     * a regular file: a FIFO would block forever, a device such as {@code /dev/zero} would never end. The size is
     * checked before reading and the read stops past the limit, should the file grow meanwhile.
     */
    public static byte[] read(Path file, long limit) {
        long bounded = Math.min(limit, MAX_FILE_BYTES);
        try {
            // One stat says both what the file is and its size; a file of 10,000 read one after another pays for
            // every system call.
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new InputException(file.toString(), 0, "does not exist");
            }
            if (attributes.isDirectory()) {
                throw new InputException(file.toString(), 0, "is a folder; name a file");
            }
            if (!attributes.isRegularFile()) {
                throw new InputException(List.of(notRegular(file)));
            }
            if (attributes.size() > bounded) {
                throw tooLarge(file, attributes.size(), bounded);
            }
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer buffer = ByteBuffer.allocate((int) attributes.size());
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // Reads until the buffer is full or the file ends, shorter than it was.
                }
                if (buffer.hasRemaining()) {
                    return Arrays.copyOf(buffer.array(), buffer.position());
                }
                // A read past the size, where it leaves the channel's position: nothing there is the usual answer.
                if (channel.read(ByteBuffer.allocate(1), buffer.capacity()) < 0) {
                    return buffer.array();
                }
                return withGrowth(channel, buffer.array(), bounded, file);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot be read: " + reason(e));
        }
    }

    /** The bytes read so far, and any the file grew by meanwhile, up to the limit. */
    private static byte[] withGrowth(FileChannel channel, byte[] read, long limit, Path file) throws IOException {
        byte[] more = Channels.newInputStream(channel).readNBytes((int) (limit + 1 - read.length));
        if (read.length + (long) more.length > limit) {
            throw tooLarge(file, read.length + (long) more.length, limit);
        }
        byte[] all = Arrays.copyOf(read, read.length + more.length);
        System.arraycopy(more, 0, all, read.length, more.length);
        return all;
    }

    private static InputException tooLarge(Path file, long size, long limit) {
        return new InputException(file.toString(), 0, "is %d MB; the largest file Hamish reads here is %d MB"
                .formatted(size >> 20, limit >> 20));
    }

    static InputException.Problem notRegular(Path path) {
        return new InputException.Problem(path.toString(), 0, "is not a regular file (a pipe, device or socket); "
                + "Hamish reads only files");
    }

    /** The reason alone: Java's own messages are the exception's class name and the path, already named. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it is gone (deleted or moved while being read)";
        }
        if (e instanceof FileSystemException system) {
            return system.getReason() != null ? system.getReason() : "the file system refused it";
        }
        return e.getMessage();
    }

    /** The file as strict UTF-8 text, byte-order mark dropped and line endings made {@code \n}. */
    public static String readText(Path file) {
        return TextDecoding.decode(read(file, MAX_FILE_BYTES), file.toString());
    }
}
