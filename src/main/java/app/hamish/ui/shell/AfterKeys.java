package app.hamish.ui.shell;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.List;
import java.util.Set;

/**
 * What a key costs beyond its pulse, which no timing shows: the bytes the FX thread and the background threads
 * (suggestions and training) allocate and the collector's pauses that garbage brings on, charged to each key from
 * its press to the next key's. Bytes do not depend on the machine's load as times do (decision 0057). Beside them
 * the processor time of the background threads, the renderer's and the FX thread's: on two cores, what the others
 * take is what the FX thread may wait for (decision 0059).
 */
final class AfterKeys {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Set<String> BACKGROUND = Set.of(ViewBenchmark.SUGGESTING, ViewBenchmark.TRAINING);
    /** Prism's render thread, which draws each pulse's scene graph apart from the FX thread. */
    private static final String RENDERER = "QuantumRenderer";
    /** The collectors that stop the threads; ZGC's cycles run beside them, and their pauses are counted apart. */
    private static final List<GarbageCollectorMXBean> PAUSING = ManagementFactory.getGarbageCollectorMXBeans()
            .stream().filter(collector -> !collector.getName().endsWith("Cycles")).toList();
    private static final YoungCollections YOUNG = YoungCollections.follow();

    /** By id, not by name: JFR shows the same thread as Monocle's "Event Thread". */
    private final long fxThread = HeadlessFx.call(() -> Thread.currentThread().threadId());
    private Spent charged;
    private Snapshot since;

    /** From now on, what is spent is {@code key}'s, until the next key. */
    void press(Spent key) {
        end();
        charged = key;
        since = Snapshot.now(fxThread);
    }

    /** Charges what was spent since the last press to its key. */
    void end() {
        if (charged != null) {
            charged.add(since, Snapshot.now(fxThread));
            charged = null;
        }
    }

    /** One key's sums over its presses. */
    static final class Spent {
        private long fxBytes;
        private long backgroundBytes;
        private long allBytes;
        private long pauses;
        private long pauseMillis;
        private long fxCpuNanos;
        private long suggestingCpuNanos;
        private long trainingCpuNanos;
        private long rendererCpuNanos;
        private long youngCollections;
        private long youngPauseMillis;
        private long longestYoungPauseMillis;
        private long keptBytes;

        private void add(Snapshot from, Snapshot to) {
            for (YoungCollections.Collection young : YOUNG.between(from.young, to.young)) {
                youngCollections++;
                youngPauseMillis += young.pauseMillis();
                longestYoungPauseMillis = Math.max(longestYoungPauseMillis, young.pauseMillis());
                keptBytes += young.keptBytes();
            }
            fxBytes += to.fxBytes - from.fxBytes;
            backgroundBytes += to.backgroundBytes - from.backgroundBytes;
            allBytes += to.allBytes - from.allBytes;
            fxCpuNanos += to.fxCpuNanos - from.fxCpuNanos;
            suggestingCpuNanos += to.suggestingCpuNanos - from.suggestingCpuNanos;
            trainingCpuNanos += to.trainingCpuNanos - from.trainingCpuNanos;
            rendererCpuNanos += to.rendererCpuNanos - from.rendererCpuNanos;
            pauses += to.pauses - from.pauses;
            pauseMillis += to.pauseMillis - from.pauseMillis;
        }

        long fxBytes() {
            return fxBytes;
        }

        long backgroundBytes() {
            return backgroundBytes;
        }

        long allBytes() {
            return allBytes;
        }

        long pauses() {
            return pauses;
        }

        long pauseMillis() {
            return pauseMillis;
        }

        long fxCpuNanos() {
            return fxCpuNanos;
        }

        /** The suggestions' thread's: per key, apart from the trainings a pause starts. */
        long suggestingCpuNanos() {
            return suggestingCpuNanos;
        }

        long trainingCpuNanos() {
            return trainingCpuNanos;
        }

        long rendererCpuNanos() {
            return rendererCpuNanos;
        }

        long youngCollections() {
            return youngCollections;
        }

        long youngPauseMillis() {
            return youngPauseMillis;
        }

        long longestYoungPauseMillis() {
            return longestYoungPauseMillis;
        }

        /** What the young collections kept alive, copied to the survivor space or promoted. */
        long keptBytes() {
            return keptBytes;
        }
    }

    private record Snapshot(long fxBytes, long backgroundBytes, long allBytes, long pauses, long pauseMillis,
                            long fxCpuNanos, long suggestingCpuNanos, long trainingCpuNanos,
                            long rendererCpuNanos, int young) {
        static Snapshot now(long fxThread) {
            long background = 0;
            long suggestingCpu = 0;
            long trainingCpu = 0;
            long rendererCpu = 0;
            for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (thread == null) {
                    continue;
                }
                if (BACKGROUND.contains(thread.getThreadName())) {
                    background += THREADS.getThreadAllocatedBytes(thread.getThreadId());
                    long cpu = Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
                    if (thread.getThreadName().equals(ViewBenchmark.SUGGESTING)) {
                        suggestingCpu += cpu;
                    } else {
                        trainingCpu += cpu;
                    }
                } else if (thread.getThreadName().startsWith(RENDERER)) {
                    rendererCpu += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
                }
            }
            long pauses = 0;
            long pauseMillis = 0;
            for (GarbageCollectorMXBean collector : PAUSING) {
                pauses += collector.getCollectionCount();
                pauseMillis += collector.getCollectionTime();
            }
            return new Snapshot(THREADS.getThreadAllocatedBytes(fxThread), background,
                    THREADS.getTotalThreadAllocatedBytes(), pauses, pauseMillis, THREADS.getThreadCpuTime(fxThread),
                    suggestingCpu, trainingCpu, rendererCpu, YOUNG.count());
        }
    }
}
