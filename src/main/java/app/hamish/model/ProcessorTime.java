package app.hamish.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time the calling thread has used, to say what a part of a computation cost: on a machine shared with
 * others, its wall time swings three to ten times with the load, its processor time far less (decision 0091).
 */
public final class ProcessorTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcessorTime() {
    }

    /** The calling thread's processor time so far, in nanoseconds; its wall time where none is measured. */
    public static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
