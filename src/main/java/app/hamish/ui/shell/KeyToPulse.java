package app.hamish.ui.shell;

import app.hamish.ui.frame.AfterFrame;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * Times a key press from its event to the first layout pulse that shows its effect, as an analyst waits for it;
 * and, as the machine's own limit for the same pulse, a key whose only effect is a one-pixel change of the scene
 * (decision 0022). A key that shows its change as saving before committing it is timed to both pulses: the one
 * showing it saving and the one showing it committed (decision 0078). Called off the FX thread; the key goes through
 * the robot as a real one does.
 */
final class KeyToPulse {
    /** No command uses it: the limit's key reaches only the probe. */
    private static final KeyCode PROBE_KEY = KeyCode.F24;
    /** How long a key or a pulse is waited for before the bench gives up on it. */
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Robot robot;
    private final Rectangle probe = new Rectangle(1, 1, Color.TRANSPARENT);
    private BooleanSupplier awaited;
    private BooleanSupplier awaitedShown;
    private Press shownAt;
    private long pressedAt;
    private long cpuAtPress;
    private long bytesAtPress;
    private CompletableFuture<Saved> shown;
    private TimedKey recorded;
    private CompletableFuture<Void> resting;
    private int pulsesLeft;

    private KeyToPulse(Scene scene) {
        robot = new Robot();
        probe.setManaged(false);
        ((Pane) scene.getRoot()).getChildren().add(probe);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == PROBE_KEY) {
                probe.setWidth(3 - probe.getWidth());
                event.consume();
            }
        });
        AfterFrame.inEachPulse(scene, this::pulse);
    }

    static KeyToPulse on(Scene scene) {
        KeyToPulse keys = HeadlessFx.call(() -> new KeyToPulse(scene));
        // The robot's first key loads the headless toolkit's key classes and spins their method handles, 15-20 ms that
        // no analyst's keyboard pays (it does not go through the robot): pressed once untimed, so the first timed key
        // measures the workbench (decision 0082).
        keys.timeLimit();
        return keys;
    }

    /**
     * One press: nanoseconds from the key event to the pulse, and of them the FX thread's processor time, which a
     * neighbour's load barely moves (waiting for the disk or for the processor is not in it), and the bytes the FX
     * thread allocated meanwhile, which no load moves.
     */
    record Press(long nanos, long cpuNanos, long bytes) {
    }

    /** One press timed to the pulse showing its change as saving, and to the pulse showing it committed. */
    record Saved(Press shown, Press saved) {
    }

    /** From pressing the key (with the modifiers held) to the first pulse after which {@code done}. */
    Press time(BooleanSupplier done, KeyCode key, KeyCode... modifiers) {
        return time(done, done, key, modifiers).saved();
    }

    /**
     * From pressing the key to the first pulse after which {@code showing} (its change drawn as saving, or already
     * committed), and on to the first after which {@code done}.
     */
    Saved time(BooleanSupplier showing, BooleanSupplier done, KeyCode key, KeyCode... modifiers) {
        CompletableFuture<Saved> result = new CompletableFuture<>();
        HeadlessFx.run(() -> {
            awaitedShown = showing;
            shownAt = null;
            awaited = done;
            shown = result;
            cpuAtPress = THREADS.getCurrentThreadCpuTime();
            bytesAtPress = THREADS.getCurrentThreadAllocatedBytes();
            pressedAt = System.nanoTime();
            recorded = new TimedKey(key.getName());
            recorded.begin();
            for (KeyCode modifier : modifiers) {
                robot.keyPress(modifier);
            }
            robot.keyType(key);
            for (KeyCode modifier : modifiers) {
                robot.keyRelease(modifier);
            }
        });
        try {
            return HeadlessFx.awaitDone(result, WITHIN, "no pulse showed the effect of " + key);
        } finally {
            HeadlessFx.run(() -> {
                awaited = null;
                awaitedShown = null;
            });
        }
    }

    /**
     * Until {@code pulses} pulses have been laid out: what was scrolled or selected before a key is then drawn before
     * the key, as it is when an analyst presses one, and the key's pulse does only the key's work.
     */
    void awaitPulses(int pulses) {
        CompletableFuture<Void> passed = new CompletableFuture<>();
        HeadlessFx.run(() -> {
            pulsesLeft = pulses;
            resting = passed;
            Platform.requestNextPulse();
        });
        HeadlessFx.awaitDone(passed, WITHIN, "the scene laid out no pulse within 30 s");
    }

    /** The limit: the same key path and pulse for a change of one transparent pixel. */
    Press timeLimit() {
        double before = HeadlessFx.call(probe::getWidth);
        return time(() -> probe.getWidth() != before, PROBE_KEY);
    }

    /**
     * A timed key in a flight recording of the bench ({@code -XX:StartFlightRecording}), from its press to the
     * pulse that shows it: what the FX thread was sampled doing within these is the keys' own work, apart from
     * the untimed scrolls and selections between them.
     */
    @Name("hamish.TimedKey")
    @Label("Timed key to its pulse")
    private static final class TimedKey extends Event {
        @Label("Key")
        final String key;

        TimedKey(String key) {
            this.key = key;
        }
    }

    private void pulse() {
        if (resting != null) {
            if (--pulsesLeft <= 0) {
                resting.complete(null);
                resting = null;
            } else {
                Platform.requestNextPulse();
            }
        }
        if (awaited == null) {
            return;
        }
        if (shownAt == null && (awaitedShown.getAsBoolean() || awaited.getAsBoolean())) {
            shownAt = sinceThePress();
        }
        if (shownAt != null && awaited.getAsBoolean()) {
            Press saved = sinceThePress();
            awaited = null;
            awaitedShown = null;
            recorded.commit();
            shown.complete(new Saved(shownAt, saved));
        }
    }

    private Press sinceThePress() {
        return new Press(System.nanoTime() - pressedAt, THREADS.getCurrentThreadCpuTime() - cpuAtPress,
                THREADS.getCurrentThreadAllocatedBytes() - bytesAtPress);
    }
}
