package app.hamish.ui.shell;

import app.hamish.ui.frame.AfterFrame;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * JavaFX without a display, for the screenshot and bench commands: Monocle's headless platform with software
 * rendering. Text still goes through Pango, so a headless render shows what a Linux user sees.
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        started = true;
    }

    /** Runs work on the FX thread and waits for its result. */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Asks {@code condition} on the JavaFX thread every few milliseconds until it holds; after {@code within}, gives
     * up with {@code failure}.
     */
    public static void await(BooleanSupplier condition, Duration within, String failure) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Waits until the scene's next frame is drawn and what was queued to follow the frames before it has run: an
     * opened article's suggestions, asked for after its first frame (decision 0086), are then asked for.
     */
    public static void awaitNextFrame(Scene scene) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waiting on the FX thread for a frame that thread has to draw");
        }
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        run(() -> AfterFrame.run(scene, () -> drawn.complete(null)));
        awaitDone(drawn, Duration.ofSeconds(60), "no frame was drawn within 60 s");
    }

    /**
     * Waits, off the FX thread, for {@code done}; if it failed, or is not done within {@code within}, fails with
     * {@code failure}.
     */
    static <T> T awaitDone(CompletableFuture<T> done, Duration within, String failure) {
        try {
            return done.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(failure, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lets JavaFX run a few layout and render pulses, so what is measured or captured is on screen. */
    public static void settle() {
        for (int i = 0; i < 3; i++) {
            run(() -> { });
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
