package app.hamish.ui.session;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread on which a session's keys' transactions run beside the FX thread, in the order they are begun
 * (decision 0085). Started with the first such transaction, so a session that only reads starts none, and kept until
 * the session closes: a thread started per commit cost 1.9–7.1 ms before each transaction began (decision 0086).
 */
final class CommitThread implements Executor {
    static final String NAME = "hamish-commit";
    private static final Logger LOG = Logger.getLogger(CommitThread.class.getName());
    /** How long closing waits for the thread to end; nothing runs on it then, as the session settled first. */
    private static final long ENDS_WITHIN_SECONDS = 5;
    /** Handed to the thread after the last transaction: it ends once it takes this. */
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> transactions = new LinkedBlockingQueue<>();
    private Thread thread;
    private boolean stopped;

    /**
     * On the FX thread, as every key's transaction is begun there. After {@link #stop} it is refused: the workspace
     * it would write to is closed, and a thread started then would be left running.
     */
    @Override
    public void execute(Runnable transaction) {
        if (stopped) {
            throw new RejectedExecutionException("the session is closed: no transaction may begin");
        }
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name(NAME).start(this::runInTurn);
        }
        transactions.add(transaction);
    }

    private void runInTurn() {
        try {
            for (Runnable next = transactions.take(); next != END; next = transactions.take()) {
                next.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the thread once what was handed to it has run, and waits for it to have ended. */
    void stop() {
        stopped = true;
        if (thread == null) {
            return;
        }
        transactions.add(END);
        try {
            if (!thread.join(Duration.ofSeconds(ENDS_WITHIN_SECONDS))) {
                LOG.log(Level.WARNING, "a key's transaction still runs {0} s after the window closed",
                        ENDS_WITHIN_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
