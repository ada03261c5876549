package app.hamish.ui.shell;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The FX thread kept busy until closed, as it is while it prepares the first window: what must not wait for it is
 * seen to end meanwhile. It is let go after a minute at most, should a test fail to close it.
 */
final class HeldFxThread implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);

    private HeldFxThread() {
    }

    /** Starts JavaFX if need be and returns once the FX thread is held. */
    static HeldFxThread hold() throws InterruptedException {
        HeadlessFx.start();
        HeldFxThread held = new HeldFxThread();
        CountDownLatch busy = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            try {
                held.release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!busy.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not take the hold within 30 s");
        }
        return held;
    }

    @Override
    public void close() {
        release.countDown();
    }
}
