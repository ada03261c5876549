package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace opens without the FX thread; one whose name question was declined is closed, whether its opening had
 * ended or not.
 */
class WorkspaceOpeningTest {
    @TempDir
    Path folder;

    @Test
    void declinedWhileStillOpeningTheBackgroundClosesItWithoutTheFxThread() throws Exception {
        HeadlessFx.start();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        Path file = folder.resolve("w.db");
        WorkspaceOpening opening = WorkspaceOpening.start(WorkspaceLocation.of(file), held::add);

        assertThat(opening.decline(Duration.ZERO)).as("the opening has not ended").isFalse();
        held.getFirst().run();

        // The lock is released as the background's work ends, not when the FX thread (stopped by now) hears of it.
        try (Workspace again = Workspace.open(file)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void declinedOnceOpenItIsClosedAtOnce() throws Exception {
        HeadlessFx.start();
        Path file = folder.resolve("w.db");
        WorkspaceOpening opening = WorkspaceOpening.start(WorkspaceLocation.of(file), Runnable::run);

        assertThat(opening.decline(Duration.ZERO)).as("the opening had ended").isTrue();

        try (Workspace again = Workspace.open(file)) {
            assertThat(again).isNotNull();
        }
    }

    /**
     * The launcher starts the opening while JavaFX is still starting (decision 0065): it ends without the FX thread,
     * which may not run yet, or be busy preparing the first window.
     */
    @Test
    void openedAloneItIsOpenWhileTheFxThreadIsBusy() throws Exception {
        Workspace opened;
        try (HeldFxThread _ = HeldFxThread.hold()) {
            opened = opening(WorkspaceOpening.startAlone(WorkspaceLocation.of(folder.resolve("w.db"))));
        }
        assertThat(opened).as("open before the FX thread is free").isNotNull();
        opened.close();
    }

    private static Workspace opening(WorkspaceOpening opening) throws Exception {
        try {
            return opening.opened().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        }
    }
}
