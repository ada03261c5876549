package app.hamish.ui.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread on which a session's keys' transactions run beside the FX thread, in the order they are begun
 * (decision 0085). Started with the first such transaction, so a session that only reads starts none, and kept until
 * the session closes: a thread started per commit cost 1.9–7.1 ms before each transaction began (decision 0086).
 */
final class CommitThread implements Executor {
    static final String NAME = "hamish-commit";
    /** How long closing waits for the thread to end; nothing runs on it then, as the session settled first. */
    private static final long ENDS_WITHIN_SECONDS = 5;

    private ExecutorService thread;

    /** On the FX thread, as every key's transaction is begun there. */
    @Override
    public void execute(Runnable transaction) {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(work -> Thread.ofPlatform().daemon().name(NAME).unstarted(work));
        }
        thread.execute(transaction);
    }

    /** Ends the thread once what was handed to it has run; nothing may be handed to it after. */
    void stop() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(ENDS_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
