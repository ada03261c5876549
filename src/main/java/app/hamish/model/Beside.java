package app.hamish.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    private static Exception waitedFor() {
        return new Exception("waited for on thread " + Thread.currentThread().getName());
    }
}
