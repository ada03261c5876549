package app.hamish.model;

import java.util.function.Supplier;

/**
 * A value, with the processor time finding it took and the thread that found it: work handed to a thread beside the
 * caller's (decision 0095) is counted as the other thread's, not the caller's, whose own time already holds the rest.
 */
public record Timed<T>(T value, long nanos, Thread on) {
    /** A value already known: nothing found, on the calling thread. */
    public static <T> Timed<T> known(T value) {
        return new Timed<>(value, 0, Thread.currentThread());
    }

    /** Runs {@code work} on the calling thread, timing it. */
    public static <T> Timed<T> of(Supplier<T> work) {
        long start = ProcessorTime.now();
        T value = work.get();
        return new Timed<>(value, ProcessorTime.now() - start, Thread.currentThread());
    }

    /** The processor time taken on another thread than {@code caller}: none if it was the caller's own. */
    public long nanosBeside(Thread caller) {
        return on == caller ? 0 : nanos;
    }
}
