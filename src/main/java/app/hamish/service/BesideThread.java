package app.hamish.service;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One thread for work that can run beside a background computation on the machine's other core (decision 0095).
 * One, not one per core: the machines Hamish is measured on have two, and the first is the caller's. It ends after
 * a few idle seconds and never keeps the JVM alive, so a workspace needs no step to stop it.
 */
final class BesideThread {
    private static final Executor SHARED = create();

    private BesideThread() {
    }

    static Executor shared() {
        return SHARED;
    }

    private static Executor create() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "hamish-beside");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
