package app.hamish.ui.shell;

import java.util.function.BooleanSupplier;

/**
 * How long the FX thread keeps a bench waiting: a thread of its own asks it, again and again, whether something is
 * drawn yet, and keeps the longest wait for the answer and when it was first yes. While the FX thread does other
 * work in steps (the bench's scrolling), a wait is at least one such step; a wait of a second is a second in which
 * no key, click or frame was answered.
 */
final class FxAnswers {
    private final Thread asking;
    private final BooleanSupplier drawn;
    private volatile boolean stopped;
    private volatile long longestNanos;
    private volatile long drawnAt;

    private FxAnswers(BooleanSupplier drawn) {
        this.drawn = drawn;
        asking = Thread.ofPlatform().name("hamish-bench-asking").daemon().unstarted(this::ask);
    }

    /** @param drawn asked on the FX thread */
    static FxAnswers start(BooleanSupplier drawn) {
        FxAnswers answers = new FxAnswers(drawn);
        answers.asking.start();
        return answers;
    }

    /** Stops asking; the longest wait for an answer, in nanoseconds. */
    long stop() {
        stopped = true;
        try {
            asking.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return longestNanos;
    }

    /** The {@link System#nanoTime()} at which {@code drawn} was first answered yes, 0 until it is. */
    long drawnAt() {
        return drawnAt;
    }

    private void ask() {
        while (!stopped) {
            long start = System.nanoTime();
            boolean yes;
            try {
                yes = HeadlessFx.call(drawn::getAsBoolean);
            } catch (IllegalStateException e) {
                // No answer within HeadlessFx's minute: counted as that long, and asked again.
                yes = false;
            }
            long answered = System.nanoTime();
            longestNanos = Math.max(longestNanos, answered - start);
            if (yes && drawnAt == 0) {
                drawnAt = answered;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
