package app.hamish.io;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The files of an import read on other threads, a bounded number ahead of the one taking what they hold, which gets
 * it in the order of the files: so the work on the first files goes on while the next ones are read. Every problem of
 * every file is thrown, in the order of the files, after the last thing read, instead of its end; {@link #close}
 * stops the readers, which a caller that stops early must do.
 */
public final class ReadAhead<T> implements AutoCloseable {
    /**
     * Files read but not yet taken, or being read: more than a statement of the store's (500 articles), so that the
     * readers read the next statement's files while the writer stores one, instead of waiting for it (decision 0053).
     */
    private static final int FILES_AHEAD = 1024;
    /** And no more bytes than these ahead, by the files' listed sizes, beyond the one file taken next. */
    private static final long BYTES_AHEAD = 64L << 20;
    /** How long closing waits for reads already under way: far longer than reading one file takes. */
    private static final long READERS_STOP_SECONDS = 30;

    private final List<Path> files;
    private final Map<Path, Long> sizes;
    private final InputFiles.FileReader<T> reader;
    private final Progress progress;
    private final List<InputException.Problem> problems;
    private final ExecutorService readers;
    private final ArrayDeque<Future<FileRead<T>>> ahead = new ArrayDeque<>();
    private Iterator<T> current = List.<T>of().iterator();
    private int submitted;
    private int taken;
    private long bytesAhead;

    /** @param sizes the files' sizes in bytes as listed; a file missing from it counts as empty */
    ReadAhead(List<Path> files, Map<Path, Long> sizes, List<InputException.Problem> listingProblems,
              Progress progress, InputFiles.FileReader<T> reader) {
        this.files = files;
        this.sizes = sizes;
        this.reader = reader;
        this.progress = progress;
        this.problems = new ArrayList<>(listingProblems);
        this.readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        submitAhead();
    }

    /**
     * The next thing read, or null after the last.
     *
     * @throws InputException with every problem found, instead of the null, if there was any
     * @throws CancellationException if {@code progress} reports cancellation (between files)
     */
    public T next() {
        while (!current.hasNext()) {
            if (taken == files.size()) {
                if (!problems.isEmpty()) {
                    throw new InputException(problems);
                }
                return null;
            }
            AtomicFile.checkCancelled(progress);
            FileRead<T> read = take();
            taken++;
            progress.update(taken, files.size());
            problems.addAll(read.problems());
            current = read.read().iterator();
        }
        return current.next();
    }

    private FileRead<T> take() {
        Future<FileRead<T>> next = ahead.removeFirst();
        bytesAhead -= size(files.get(taken));
        submitAhead();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the files");
        } catch (ExecutionException e) {
            // As if read on this thread: running out of memory, say, must reach the handler that explains it.
            switch (e.getCause()) {
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException("reading " + files.get(taken) + " failed", e.getCause());
            }
        }
    }

    /** Files to the readers while there are fewer of them and of their bytes ahead than the bounds, and always one. */
    private void submitAhead() {
        while (submitted < files.size()
                && (ahead.isEmpty() || ahead.size() < FILES_AHEAD && bytesAhead < BYTES_AHEAD)) {
            Path file = files.get(submitted++);
            bytesAhead += size(file);
            ahead.addLast(readers.submit(() -> FileRead.of(file, reader)));
        }
    }

    private long size(Path file) {
        return sizes.getOrDefault(file, 0L);
    }

    /**
     * Stops the readers and waits for those still reading: an import that returns, refused or not, must not leave
     * files being read behind it (a caller may then delete them, a test its folder). A read the interrupt cannot
     * stop, on a stalled network mount, is left to its daemon thread after a while rather than hang the caller.
     */
    @Override
    public void close() {
        readers.shutdownNow();
        try {
            readers.awaitTermination(READERS_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
