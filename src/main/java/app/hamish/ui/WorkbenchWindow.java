package app.hamish.ui;

import app.hamish.io.SampleCorpus;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The main window on one workspace. The workspace is opened (and, when empty, given the sample articles)
 * before the window shows, so a refused workspace never leaves a half-built window.
 */
public final class WorkbenchWindow {
    private final Workspace workspace;
    private final Stage stage;

    private WorkbenchWindow(Workspace workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
    }

    /** Opens and shows the window; on a workspace that cannot be opened, explains why and returns null. */
    public static WorkbenchWindow open(Stage stage, Path location) {
        ResourceBundle messages = Messages.bundle();
        Workspace workspace;
        try {
            workspace = Workspace.open(location);
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(messages.getString("workspace.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
            return null;
        }
        ArticleListViewModel articles = new ArticleListViewModel(workspace.corpus());
        articles.reload();
        WorkbenchView view = new WorkbenchView(articles, messages);
        stage.setTitle(messages.getString("app.title") + " — " + workspace.location().getFileName());
        stage.setScene(new Scene(view.root(), 1100, 750));
        stage.show();
        return new WorkbenchWindow(workspace, stage);
    }

    public Stage stage() {
        return stage;
    }

    public void close() {
        stage.close();
        workspace.close();
    }
}
