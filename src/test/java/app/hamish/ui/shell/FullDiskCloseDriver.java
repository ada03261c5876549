package app.hamish.ui.shell;

import app.hamish.FullDisk;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Runs inside a private mount namespace on a 2 MB file system (see {@link FullDiskCloseTest}): leaves a change in
 * the WAL that the full disk keeps out of the main file, opens the workbench on it, closes the window as a user
 * does, and prints what the alert then says, saving it as target/ui-tests/close-failure-LANGUAGE.png.
 */
public final class FullDiskCloseDriver {
    private FullDiskCloseDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path disk = Path.of(args[0]);
        Locale locale = Locale.forLanguageTag(args[1]);
        Workspace workspace = Workspace.open(disk.resolve("w.db"));
        workspace.corpus().importArticles(List.of(new NewArticle("large", "كبير", "large.txt",
                ArticleText.of("نص عربي طويل ".repeat(8_000)), "{}")));
        FullDisk.fill(disk.resolve("filler"));
        // Small enough for the WAL space the large import left, too large for the full main file to take.
        workspace.corpus().importArticles(List.of(new NewArticle("after", "بعد", "after.txt",
                ArticleText.of("خبر بعد امتلاء القرص ".repeat(1_500)), "{}")));
        HeadlessFx.start();
        // As in the application: the workbench exits once its last window is closed.
        Platform.setImplicitExit(true);
        Stage stage = HeadlessFx.call(() -> {
            Stage shown = new Stage();
            shown.setWidth(1000);
            shown.setHeight(700);
            WorkbenchWindow.open(shown, workspace, new WorkbenchWindow.Options("mona", Annotator.Role.ANNOTATOR,
                    "after", locale, BackgroundWork.synchronous(), BackgroundWork.synchronous(),
                    question -> Optional.empty(), SessionMemory.NONE)).orElseThrow();
            return shown;
        });
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Stage alert = ShownDialog.within(Duration.ofSeconds(20), Duration.ofMillis(50))
                .orElseThrow(() -> new AssertionError("no alert after closing the window"));
        HeadlessFx.call(() -> {
            DialogPane pane = (DialogPane) alert.getScene().getRoot();
            System.out.println("header: " + pane.getHeaderText());
            pane.lookupAll(".label").stream().filter(node -> node.getId() != null && node.getId().startsWith("close-"))
                    .forEach(node -> System.out.println(node.getId() + ": " + ((Labeled) node).getText()));
            System.out.println("wal: " + ((TextField) pane.lookup("#close-wal")).getText());
            return null;
        });
        WindowPng.write(alert.getScene(), "close-failure-" + locale.getLanguage());
        HeadlessFx.run(alert::close);
        // Returning ends the process only if JavaFX exits, as the workbench must once the alert is read.
        System.out.println("done");
    }
}
