package app.hamish.ui;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;

/** Opens the real workbench window, headless, for tests. */
final class WorkbenchHarness {
    private WorkbenchHarness() {
    }

    static WorkbenchWindow open(Path workspace, String articleId, int width, int height) {
        HeadlessFx.start();
        return HeadlessFx.call(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return WorkbenchWindow.open(stage, Workspace.open(workspace), new WorkbenchWindow.Options("tester",
                    articleId, Locale.ENGLISH, BackgroundWork.synchronous())).orElseThrow();
        });
    }
}
