package app.hamish.io;

import app.hamish.model.ArticleExport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the articles an export reads to a thread of its own that formats and writes them, in the order read: on two
 * cores the workspace's rows are read while the articles before are written (decision 0103). The reading thread
 * waits when the writer is {@link #AHEAD} articles behind, so an export holds that many and the two in hand at most.
 */
final class ArticleHandOff implements AutoCloseable {
    static final int AHEAD = 8;

    /** Put after the last article; never written. */
    private static final ArticleExport END = new ArticleExport(null, List.of(), List.of());

    private final BlockingQueue<ArticleExport> queue = new ArrayBlockingQueue<>(AHEAD);
    private final ExportRun.ArticleWriter writer;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;
    private boolean failureThrown;

    private ArticleHandOff(ExportRun.ArticleWriter writer) {
        this.writer = writer;
        this.thread = Thread.ofPlatform().name("hamish-export-writer").daemon().unstarted(this::writeUntilEnd);
    }

    static ArticleHandOff start(ExportRun.ArticleWriter writer) {
        ArticleHandOff handOff = new ArticleHandOff(writer);
        handOff.thread.start();
        return handOff;
    }

    /**
     * Queues one article behind those before it.
     *
     * @throws UncheckedIOException if writing an article before it failed: the export stops there
     */
    void put(ArticleExport article) {
        rethrowFailure();
        enqueue(article);
    }

    /**
     * Waits until every article put is written.
     *
     * @throws UncheckedIOException the first failure of writing one, as {@link #put} throws it
     */
    void finish() {
        enqueue(END);
        ended = true;
        joinUninterruptibly();
        rethrowFailure();
    }

    /**
     * Stops the writer if the export ended before {@link #finish()} queued its end: a read failed, it was cancelled,
     * or it was interrupted.
     *
     * @throws UncheckedIOException a failure of writing that the reading thread had not seen yet: a {@code try} with
     *     this as its resource keeps it as suppressed by what ended the export, so that a full disk is not hidden by a
     *     read that failed after it
     */
    @Override
    public void close() {
        if (!ended) {
            abandon();
            rethrowFailure();
        }
    }

    private void abandon() {
        abandoned = true;
        // The reading thread is the only one that puts: once cleared, the end always fits.
        queue.clear();
        queue.offer(END);
        joinUninterruptibly();
    }

    private void enqueue(ArticleExport article) {
        try {
            queue.put(article);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("export interrupted"));
        }
    }

    private void writeUntilEnd() {
        ArticleExport article = null;
        while (article != END) {
            try {
                article = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this thread; if something does, the export fails, but the queue is still emptied
                // until its end so that the reading thread never waits on a full queue.
                if (failure == null) {
                    failure = new InterruptedIOException("export writer interrupted");
                }
                continue;
            }
            if (article != END && failure == null && !abandoned) {
                write(article);
            }
        }
    }

    private void write(ArticleExport article) {
        try {
            writer.write(article);
        } catch (IOException | RuntimeException | Error e) {
            // Kept for the reading thread, which stops at its next article; the rest queued are dropped.
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed == null || failureThrown) {
            return;
        }
        // Thrown once: a second throw of the same exception from close() would suppress itself.
        failureThrown = true;
        if (failed instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failed;
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
