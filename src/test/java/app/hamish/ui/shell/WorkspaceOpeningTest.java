package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace whose name question was declined is closed, whether its opening had ended or not. */
class WorkspaceOpeningTest {
    @TempDir
    Path folder;

    @Test
    void declinedWhileStillOpeningTheBackgroundClosesItWithoutTheFxThread() throws Exception {
        HeadlessFx.start();
        List<Task<?>> held = new CopyOnWriteArrayList<>();
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
        WorkspaceOpening opening = WorkspaceOpening.start(WorkspaceLocation.of(file), Task::run);

        assertThat(opening.decline(Duration.ZERO)).as("the opening had ended").isTrue();

        try (Workspace again = Workspace.open(file)) {
            assertThat(again).isNotNull();
        }
    }
}
