package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.ui.frame.AfterFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up: with the name known, the workbench itself is the first frame, or the start-up screen while a slow
 * workspace opens; the first article follows.
 */
class StartupScreenTest {
    @TempDir
    Path folder;

    record Frame(Region root, double width, Color background) {
    }

    /** The FX thread is free to draw the start-up screen (and ask the name) while the workspace is opened. */
    @Test
    void theWorkspaceIsOpenedInTheBackgroundNotOnTheFxThread() throws Exception {
        HeadlessFx.start();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        Path workspace = folder.resolve("w.db");
        WorkspaceLocation location = WorkspaceLocation.of(workspace);
        Stage stage = HeadlessFx.call(Stage::new);
        HeadlessFx.run(() -> WorkbenchApp.begin(stage, location, WorkspaceOpening.start(location, held::add),
                new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH,
                        BackgroundWork.synchronous(), BackgroundWork.synchronous(), question -> Optional.empty(),
                        SessionMemory.NONE),
                server -> Optional.empty(), false, opened::set));
        HeadlessFx.settle();
        try {
            assertThat(workspace).as("not opened on the FX thread").doesNotExist();
            assertThat(opened.get()).as("the workbench waits for its workspace").isNull();
            assertThat(held).as("the opening, on a thread of its own").hasSize(1);
            for (int i = 0; i < 100 && !HeadlessFx.call(stage::isShowing); i++) {
                Thread.sleep(100);
            }
            assertThat(HeadlessFx.call(() -> stage.getScene().getRoot().getId()))
                    .as("a workspace slow to open shows the start-up screen meanwhile").isEqualTo("startup-screen");
            assertThat(HeadlessFx.call(stage::isShowing)).isTrue();

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

    /**
     * A fresh machine's first frame is the start-up screen, drawn before the name is asked over it, while the
     * workspace opens: the question never waits for the workspace, nor appears over a window not yet drawn.
     */
    @Test
    void withNoNameKnownTheStartupScreensFrameIsDrawnBeforeTheNameIsAsked() throws Exception {
        HeadlessProcess.Run run = HeadlessProcess.run(NameQuestionDriver.class, folder,
                folder.resolve("w.db").toString());
        assertThat(run.exitCode()).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).containsSubsequence(
                "first frame: startup-screen, 1280 wide, painted, windows showing: 1", WorkbenchApp.SHOWN);
    }

    /** No frame of a screen that cannot be used is drawn and waited for before the workbench's (decision 0054). */
    @Test
    void aKnownNamesFirstFrameIsTheWorkbenchItselfWhenItsWorkspaceOpensInTime() throws Exception {
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
            AfterFrame.inItsPulse(shown, () -> {
                Region root = (Region) shown.getRoot();
                firstFrame.set(new Frame(root, root.getWidth(), root.getBackground() == null
                        ? Color.TRANSPARENT : (Color) root.getBackground().getFills().getFirst().getFill()));
            });
            return shown;
        });
        // The workbench is told open before its first pulse: the frame is waited for too.
        for (int i = 0; i < 100 && (opened.get() == null || firstFrame.get() == null); i++) {
            Thread.sleep(100);
        }
        try {
            assertThat(firstFrame.get()).as("a frame was drawn").isNotNull();
            assertThat(opened.get()).as("the workbench is open").isNotNull();
            assertThat(firstFrame.get().root()).as("the first frame is the workbench's")
                    .isSameAs(HeadlessFx.call(() -> opened.get().stage().getScene().getRoot()));
            assertThat(firstFrame.get().width()).as("laid out to the window").isEqualTo(1280);
            assertThat(firstFrame.get().background().getBrightness()).as("painted, not black").isGreaterThan(0.8);
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

    /**
     * The workspace the launcher began opening while JavaFX started is the one the workbench shows: its start does
     * not open it again, or wait for a second opening of its own (decision 0065).
     */
    @Test
    void theWorkbenchShowsTheWorkspaceOpenedWhileJavaFxStarted() throws Exception {
        HeadlessFx.start();
        Path file = folder.resolve("w.db");
        WorkspaceOpening opening = WorkspaceOpening.startAlone(WorkspaceLocation.of(file));
        Workspace early = opening.opened().get(30, TimeUnit.SECONDS);
        List<Task<?>> handed = new CopyOnWriteArrayList<>();
        BackgroundWork recorded = task -> {
            handed.add(task);
            task.run();
        };
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        HeadlessFx.run(() -> WorkbenchApp.begin(new Stage(), WorkspaceLocation.of(file), opening,
                new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH, recorded,
                        BackgroundWork.synchronous(), question -> Optional.empty(), SessionMemory.NONE),
                server -> Optional.empty(), false, opened::set));
        for (int i = 0; i < 100 && opened.get() == null; i++) {
            Thread.sleep(100);
        }
        try {
            assertThat(opened.get()).as("the workbench is open").isNotNull();
            assertThat(opened.get().workspace()).isSameAs(early);
            assertThat(handed).as("no second opening handed to the background")
                    .noneMatch(task -> task.getClass().getEnclosingClass() == WorkspaceOpening.class);
            opened.get().awaitFilled();
        } finally {
            if (opened.get() != null) {
                HeadlessFx.run(opened.get()::close);
            }
        }
    }
}
