package app.hamish.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The files of an import listed and read on other threads, a bounded number ahead of the one taking what they hold,
 * which gets it in the order of the files: so the work on the first files goes on while the next ones are listed and
 * read. Every problem of every file is thrown, in the order of the files, after the last thing read, instead of its
 * end; {@link #close} stops the listing and the readers, which a caller that stops early must do.
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

    private final InputFiles.FileReader<T> reader;
    private final Progress progress;
    private final ExecutorService readers;
    private final Thread listing;
    /** The problems of the files taken so far, known to the taking thread alone. */
    private final List<Problem> fileProblems = new ArrayList<>();
    private Iterator<T> current = List.<T>of().iterator();

    // Shared with the listing thread; guarded by this.
    private final List<ListedFile> listed = new ArrayList<>();
    private final List<InputException.Problem> listingProblems = new ArrayList<>();
    private final Set<Integer> refusedPaths = new HashSet<>();
    private final ArrayDeque<Future<FileRead<T>>> ahead = new ArrayDeque<>();
    private boolean listedAll;
    private Throwable listingFailure;
    private boolean closed;
    private int submitted;
    private int taken;
    private long bytesAhead;

    /** A file's problem, and the path named it was found under, whose own problem would leave it out. */
    private record Problem(InputException.Problem problem, int named) {
    }

    /** @param listing hands each file to its argument in order; it runs on a thread of its own */
    ReadAhead(Consumer<FileListing.Found> listing, Progress progress, InputFiles.FileReader<T> reader) {
        this.reader = reader;
        this.progress = progress;
        this.readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        // The listing's system calls, one per entry, run beside the readers instead of before the first read.
        this.listing = new Thread(() -> list(listing), "import-listing");
        this.listing.setDaemon(true);
        this.listing.start();
    }

    private void list(Consumer<FileListing.Found> listing) {
        try {
            listing.accept(new FileListing.Found() {
                @Override
                public void file(ListedFile file) {
                    listed(file);
                }

                @Override
                public void problem(InputException.Problem problem, int named) {
                    synchronized (ReadAhead.this) {
                        listingProblems.add(problem);
                        refusedPaths.add(named);
                    }
                }
            });
            synchronized (this) {
                listedAll = true;
                notifyAll();
            }
        } catch (Throwable failure) {
            // As if listed on the taking thread: running out of memory, say, must reach the handler that explains it.
            synchronized (this) {
                listingFailure = failure;
                notifyAll();
            }
        }
    }

    private synchronized void listed(ListedFile file) {
        if (closed) {
            throw new CancellationException("the import stopped before its files were all listed");
        }
        listed.add(file);
        if (ahead.isEmpty()) {
            notifyAll();
        }
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
            Future<FileRead<T>> next;
            ListedFile file;
            int total;
            synchronized (this) {
                if (!waitForFile()) {
                    return end();
                }
                AtomicFile.checkCancelled(progress);
                next = ahead.removeFirst();
                file = listed.get(taken++);
                bytesAhead -= file.size();
                submitAhead();
                total = listed.size();
            }
            FileRead<T> read = take(next, file);
            // Until the listing ends, the files listed so far; it runs far ahead of the reading.
            progress.update(taken, total);
            read.problems().forEach(problem -> fileProblems.add(new Problem(problem, file.named())));
            current = read.read().iterator();
        }
        return current.next();
    }

    /** Waits until the next file is being read; false once every file listed is taken and the listing has ended. */
    private boolean waitForFile() {
        try {
            while (ahead.isEmpty() && !listedAll && listingFailure == null) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing the files");
        }
        switch (listingFailure) {
            case null -> {
            }
            case RuntimeException unchecked -> throw unchecked;
            case Error error -> throw error;
            default -> throw new IllegalStateException("listing the files failed", listingFailure);
        }
        return !ahead.isEmpty();
    }

    /** Null, or every problem: the listing's first, then the files', but those of a path named with a problem. */
    private T end() {
        List<InputException.Problem> problems = new ArrayList<>(listingProblems);
        fileProblems.stream().filter(problem -> !refusedPaths.contains(problem.named()))
                .forEach(problem -> problems.add(problem.problem()));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return null;
    }

    private FileRead<T> take(Future<FileRead<T>> next, ListedFile file) {
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
                default -> throw new IllegalStateException("reading " + file.path() + " failed", e.getCause());
            }
        }
    }

    /** Files to the readers while there are fewer of them and of their bytes ahead than the bounds, and always one. */
    private void submitAhead() {
        while (submitted < listed.size()
                && (ahead.isEmpty() || ahead.size() < FILES_AHEAD && bytesAhead < BYTES_AHEAD)) {
            ListedFile file = listed.get(submitted++);
            bytesAhead += file.size();
            ahead.addLast(readers.submit(() -> FileRead.of(file.path(), reader)));
        }
    }

    /**
     * Stops the listing and the readers and waits for the reads still under way: an import that returns, refused or
     * not, must not leave files being read behind it (a caller may then delete them, a test its folder). A read the
     * interrupt cannot stop, on a stalled network mount, is left to its daemon thread after a while rather than hang
     * the caller.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        // Else a large tree with few files to read would go on being listed until the listing found the next.
        listing.interrupt();
        readers.shutdownNow();
        try {
            listing.join(TimeUnit.SECONDS.toMillis(READERS_STOP_SECONDS));
            readers.awaitTermination(READERS_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
