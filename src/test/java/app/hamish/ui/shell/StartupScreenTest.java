package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up: the window's first frame is painted at once; the workspace and the first article follow. */
class StartupScreenTest {
    @TempDir
    Path folder;

    record Frame(String rootId, double width, Color background) {
    }

    /** The FX thread is free to draw the start-up screen (and ask the name) while the workspace is opened. */
    @Test
    void theWorkspaceIsOpenedInTheBackgroundNotOnTheFxThread() throws Exception {
        HeadlessFx.start();
        List<Task<?>> held = new CopyOnWriteArrayList<>();
        AtomicBoolean released = new AtomicBoolean();
        BackgroundWork heldBack = task -> {
            if (released.get()) {
                task.run();
            } else {
                held.add(task);
            }
        };
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        Path workspace = folder.resolve("w.db");
        HeadlessFx.run(() -> WorkbenchApp.begin(new Stage(), WorkspaceLocation.of(workspace),
                new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH, heldBack,
                        BackgroundWork.synchronous(), question -> Optional.empty(), SessionMemory.NONE),
                server -> Optional.empty(), false, opened::set));
        HeadlessFx.settle();
        try {
            assertThat(workspace).as("not opened on the FX thread").doesNotExist();
            assertThat(opened.get()).as("the workbench waits for its workspace").isNull();
            assertThat(held).as("the opening, handed to the background").hasSize(1);

            released.set(true);
            held.getFirst().run();
            for (int i = 0; i < 100 && opened.get() == null; i++) {
                Thread.sleep(100);
            }
            assertThat(opened.get()).as("the workbench follows").isNotNull();
            opened.get().awaitFilled();
        } finally {
            if (opened.get() != null) {
                HeadlessFx.run(opened.get()::close);
            }
        }
    }

    @Test
    void theFirstFrameIsThePaintedStartupScreenAndTheWorkbenchFollows() throws Exception {
        HeadlessFx.start();
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        AtomicReference<Frame> firstFrame = new AtomicReference<>();
        Scene scene = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            WorkbenchApp.begin(stage, WorkspaceLocation.of(folder.resolve("w.db")), new WorkbenchWindow.Options(
                    "tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH, BackgroundWork.synchronous(),
                    BackgroundWork.synchronous(), question -> Optional.empty(), SessionMemory.NONE),
                    server -> Optional.empty(), false, opened::set);
            Scene shown = stage.getScene();
            shown.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    shown.removePostLayoutPulseListener(this);
                    Region root = (Region) shown.getRoot();
                    firstFrame.set(new Frame(root.getId(), root.getWidth(), root.getBackground() == null
                            ? Color.TRANSPARENT : (Color) root.getBackground().getFills().getFirst().getFill()));
                }
            });
            return shown;
        });
        for (int i = 0; i < 100 && opened.get() == null; i++) {
            Thread.sleep(100);
        }
        try {
            assertThat(firstFrame.get()).as("a frame was drawn").isNotNull();
            assertThat(firstFrame.get().rootId()).as("the first frame is the start-up screen, quick to draw")
                    .isEqualTo("startup-screen");
            assertThat(firstFrame.get().width()).as("laid out to the window").isEqualTo(1280);
            assertThat(firstFrame.get().background().getBrightness()).as("painted, not black").isGreaterThan(0.8);
            assertThat(opened.get()).as("the workbench follows").isNotNull();
            // Its articles follow its own first frame (decision 0034).
            opened.get().awaitFilled();
            assertThat(HeadlessFx.call(() -> opened.get().session().articleProperty().get())).isNotNull();
            WindowPng.write(scene, "after-startup");
        } finally {
            if (opened.get() != null) {
                HeadlessFx.run(opened.get()::close);
            }
        }
    }
}
