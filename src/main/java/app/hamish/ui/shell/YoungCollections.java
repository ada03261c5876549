package app.hamish.ui.shell;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The collector's young collections, as the JVM reports each one: its pause and the bytes it found alive and kept,
 * copied to the survivor space or promoted to the old generation. A key's work that outlives a young collection is
 * copied by it, which is what makes its pause long, and is promoted soon after (decision 0066); the bytes a key
 * allocates do not say how much of it lives on.
 */
final class YoungCollections {
    /** What G1, Parallel and Serial call a young (or mixed) collection's end. */
    private static final String YOUNG = "end of minor GC";

    private final List<Collection> collections = new ArrayList<>();

    /** One young collection: its pause, and what it kept. */
    record Collection(long pauseMillis, long keptBytes) {
    }

    private YoungCollections() {
    }

    /** Counts every young collection from now on. */
    static YoungCollections follow() {
        YoungCollections followed = new YoungCollections();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    followed.reported(GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
        return followed;
    }

    /** How many young collections were reported so far: a mark to ask for those since. */
    synchronized int count() {
        return collections.size();
    }

    /** The young collections reported from the mark {@code from} to the mark {@code to}. */
    synchronized List<Collection> between(int from, int to) {
        return List.copyOf(collections.subList(from, to));
    }

    private void reported(GarbageCollectionNotificationInfo info) {
        if (!info.getGcAction().equals(YOUNG)) {
            return;
        }
        Map<String, MemoryUsage> before = info.getGcInfo().getMemoryUsageBeforeGc();
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        long kept = 0;
        for (Map.Entry<String, MemoryUsage> pool : after.entrySet()) {
            if (pool.getKey().contains("Survivor")) {
                kept += pool.getValue().getUsed();
            } else if (pool.getKey().contains("Old") || pool.getKey().contains("Tenured")) {
                // Promoted: what the old generation grew by (a humongous array freed meanwhile hides some of it).
                kept += Math.max(0, pool.getValue().getUsed() - before.get(pool.getKey()).getUsed());
            }
        }
        synchronized (this) {
            collections.add(new Collection(info.getGcInfo().getDuration(), kept));
        }
    }
}
