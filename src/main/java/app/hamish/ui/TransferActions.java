package app.hamish.ui;

import app.hamish.io.ArticleFiles;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.ReviewCsvExporter;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.ExportFilter;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Import and export from the menu: chosen in a file dialog, run in the background with progress and cancel. */
final class TransferActions {
    private final Workspace workspace;
    private final BackgroundWork background;
    private final StatusLine status;
    private final ResourceBundle messages;
    private final Runnable afterImport;

    TransferActions(Workspace workspace, BackgroundWork background, StatusLine status, ResourceBundle messages,
                    Runnable afterImport) {
        this.workspace = workspace;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.afterImport = afterImport;
    }

    void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("files.articles"),
                "*.txt", "*.jsonl"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    Task<ImportReport> importFiles(List<Path> files) {
        Task<ImportReport> task = new ProgressTask<>() {
            @Override
            protected ImportReport work(Progress progress) {
                List<NewArticle> articles = ArticleFiles.read(files, progress);
                return workspace.corpus().importArticles(articles);
            }
        };
        task.setOnSucceeded(event -> {
            ImportReport report = task.getValue();
            status.finished(MessageFormat.format(messages.getString("status.imported"), report.imported().size(),
                    report.skipped().size()));
            afterImport.run();
        });
        start(task, messages.getString("status.importing"));
        return task;
    }

    void chooseAndExport(Window owner, boolean jsonl) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(jsonl ? "menu.exportJsonl" : "menu.exportCsv"));
        chooser.setInitialFileName(jsonl ? "training.jsonl" : "review.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(file.toPath(), jsonl ? new TrainingJsonlExporter() : new ReviewCsvExporter(true));
        }
    }

    Task<Exporter.Summary> export(Path destination, Exporter exporter) {
        Task<Exporter.Summary> task = new ProgressTask<>() {
            @Override
            protected Exporter.Summary work(Progress progress) throws Exception {
                return exporter.export(workspace, ExportFilter.ALL, destination, progress);
            }
        };
        task.setOnSucceeded(event -> status.finished(MessageFormat.format(messages.getString("status.exported"),
                task.getValue().annotations(), task.getValue().articles(), destination)));
        start(task, messages.getString("status.exporting"));
        return task;
    }

    private void start(Task<?> task, String what) {
        status.track(task, what);
        task.setOnCancelled(event -> status.finished(messages.getString("status.cancelled")));
        task.setOnFailed(event -> {
            status.finished(messages.getString("status.failed"));
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(task.getException().getMessage()));
            alert.setHeaderText(what);
            alert.show();
        });
        background.run(task);
    }
}
