package app.hamish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleSummary;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real window, headless: first run on a new workspace shows the sample articles. */
class WorkbenchWindowTest {
    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void firstRunImportsTheSamplesAndListsThem() {
        Path location = folder.resolve("first-run.db");
        WorkbenchWindow window = Fx.call(() -> WorkbenchWindow.open(new javafx.stage.Stage(), location));
        try {
            ListView<ArticleSummary> list = Fx.call(() ->
                    (ListView<ArticleSummary>) window.stage().getScene().lookup("#article-list"));
            assertThat(Fx.call(() -> list.getItems().size())).isEqualTo(5);
            assertThat(Fx.call(() -> list.getItems().getFirst().title())).startsWith("الرئيسية » الهدهد");

            TextField filter = Fx.call(() -> (TextField) window.stage().getScene().lookup("#article-filter"));
            Fx.run(() -> filter.setText("004"));
            assertThat(Fx.call(() -> list.getItems().size())).isEqualTo(1);
            assertThat(Fx.call(() -> window.stage().isShowing())).isTrue();
        } finally {
            Fx.run(window::close);
        }
        try (Workspace reopened = Workspace.open(location)) {
            assertThat(reopened.corpus().count()).isEqualTo(5);
        }
    }
}
