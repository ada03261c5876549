package app.hamish.ui.shell;

import app.hamish.model.Annotator;
import app.hamish.ui.frame.AfterFrame;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A fresh machine's start (no name remembered: run it with an empty home) on the workspace {@code FILE}, as
 * {@link WorkbenchApp#start} begins it with {@code --exit-when-shown}: prints what its window's first frame showed,
 * then the question's "shown" line; the question is closed unanswered, and JavaFX stops.
 */
public final class NameQuestionDriver {
    private NameQuestionDriver() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkbenchApp.begin(stage, WorkspaceLocation.of(Path.of(args[0])), new WorkbenchWindow.Options(null,
                            Annotator.Role.ANNOTATOR, null, Locale.ENGLISH, BackgroundWork.singleThread("background"),
                            BackgroundWork.singleThread("training"), null, SessionMemory.NONE),
                    server -> Optional.empty(), true, opened -> { });
            Scene scene = stage.getScene();
            AfterFrame.inItsPulse(scene, () -> {
                Region root = (Region) scene.getRoot();
                Color background = (Color) root.getBackground().getFills().getFirst().getFill();
                System.out.println("first frame: " + root.getId() + ", " + (int) root.getWidth() + " wide, "
                        + (background.getBrightness() > 0.8 ? "painted" : "dark") + ", windows showing: "
                        + Window.getWindows().filtered(Window::isShowing).size());
            });
        });
    }
}
