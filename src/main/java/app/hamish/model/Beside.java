package app.hamish.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Work handed to a thread beside the caller's (decision 0095), and its result taken back as if run in place. */
public final class Beside {
    private Beside() {
    }

    /**
     * Waits for what is found beside, and throws what finding it threw as it was thrown there, not wrapped: the
     * caller's callers see the same failures as when the work ran on their own thread. Its stack is the other
     * thread's; where it was waited for is added to it as a suppressed exception.
     */
    public static <T> T result(CompletableFuture<T> found) {
        try {
            return found.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                thrown.addSuppressed(waitedFor());
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                thrown.addSuppressed(waitedFor());
                throw thrown;
            }
            throw e;
        }
    }

    /**
     * Work queued on the thread beside that the caller takes back if that thread has not begun it by the time the
     * caller is free ({@link Either#result}): whichever core is free first does it, however long the work queued
     * before it there takes on this machine.
     */
    public static <T> Either<T> either(Supplier<T> work, Executor beside) {
        Either<T> either = new Either<>(work);
        beside.execute(either::take);
        return either;
    }

    /** Work done by the first thread to take it. */
    public static final class Either<T> {
        private final Supplier<T> work;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<T> found = new CompletableFuture<>();

        private Either(Supplier<T> work) {
            this.work = work;
        }

        private void take() {
            if (taken.compareAndSet(false, true)) {
                try {
                    found.complete(work.get());
                } catch (Throwable e) {
                    // Whatever it threw, the caller waiting for it must hear of it, as supplyAsync's would.
                    found.completeExceptionally(e);
                }
            }
        }

        /**
         * Does the work on the calling thread unless the thread beside has taken it, then its result, thrown as
         * {@link Beside#result} throws.
         */
        public T result() {
            take();
            return Beside.result(found);
        }
    }

    private static Exception waitedFor() {
        return new Exception("waited for on thread " + Thread.currentThread().getName());
    }
}
