package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keys' edits wait for the frame showing them as saving, then run in their keys' order (decision 0078); the
 * frames are played by hand here, as the view's pulses would call them.
 */
class WaitingEditsTest {
    private static final List<Saving> TAG = List.of(new Saving(new Span(0, 3), "entity", Saving.Kind.ADDED));

    private final WaitingEdits edits = new WaitingEdits();
    private final List<Runnable> frames = new ArrayList<>();
    private final List<String> done = new ArrayList<>();

    WaitingEditsTest() {
        edits.showWith(frames::add);
    }

    @Test
    void editsPressedBeforeTheFrameRunAfterItInTheirKeysOrder() {
        edits.run(TAG, () -> done.add("tag"));
        edits.run(List.of(), () -> done.add("undo"));
        edits.run(TAG, () -> done.add("second tag"));

        assertThat(done).as("before the frame").isEmpty();
        assertThat(edits.look()).hasSize(2);

        frames.forEach(Runnable::run);

        assertThat(done).containsExactly("tag", "undo", "second tag");
        assertThat(edits.look()).isEmpty();
        assertThat(edits.isWaiting()).isFalse();
    }

    @Test
    void aFrameAskedForByAWaitAlreadySettledDoesNotRunTheNextEditBeforeItsOwnFrame() {
        edits.run(TAG, () -> done.add("tag"));
        edits.settle();
        edits.run(TAG, () -> done.add("next tag"));

        frames.getFirst().run();

        assertThat(done).as("after the first wait's late frame").containsExactly("tag");
        assertThat(edits.look()).as("the next tag still shown as saving").hasSize(1);

        frames.getLast().run();

        assertThat(done).containsExactly("tag", "next tag");
    }

    @Test
    void anEditThatFailsLeavesNoSavingLookAndTheOthersRunAndItsFailureIsReported() throws Exception {
        List<Throwable> reported = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> reported.add(failure));
        try {
            edits.run(TAG, () -> {
                throw new IllegalStateException("broken");
            });
            edits.run(TAG, () -> done.add("after"));

            edits.settle();

            assertThat(done).containsExactly("after");
            assertThat(edits.look()).isEmpty();
            assertThat(edits.isWaiting()).isFalse();
            assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("broken");
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
    }

    @Test
    void editsLeftBehindAnErrorRunAfterTheNextFrameNotAtTheNextClick() {
        edits.run(TAG, () -> {
            throw new StackOverflowError("deep");
        });
        edits.run(TAG, () -> done.add("after"));

        try {
            frames.getFirst().run();
        } catch (StackOverflowError expected) {
            assertThat(expected).hasMessage("deep");
        }

        assertThat(done).isEmpty();
        assertThat(edits.isWaiting()).as("the edit left behind still waits").isTrue();
        assertThat(frames).as("a frame asked for the edit left behind").hasSize(2);
        frames.getLast().run();
        assertThat(done).containsExactly("after");
        assertThat(edits.isWaiting()).isFalse();
    }
}
