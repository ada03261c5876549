package app.hamish.ui.transfer;

import app.hamish.io.AnnotationImport;
import app.hamish.io.AnnotationImporter;
import app.hamish.io.ArticleFiles;
import app.hamish.io.AtomicFile;
import app.hamish.io.Exporter;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.io.formats.Formats;
import app.hamish.model.Annotator;
import app.hamish.model.ExportFilter;
import app.hamish.model.ImportReport;
import app.hamish.model.MergeReport;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.BackgroundWork;
import app.hamish.ui.shell.ProgressTask;
import app.hamish.ui.shell.StatusLine;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Import, export and merge from the menu: chosen in a file dialog, run in the background with progress (and cancel,
 * where the work can stop without leaving anything half done).
 */
public final class TransferActions {
    private final Workspace workspace;
    private final BackgroundWork background;
    private final StatusLine status;
    private final ResourceBundle messages;
    private final Runnable afterImport;
    /** The window is closing: its work is no longer reported. */
    private boolean stopped;

    public TransferActions(Workspace workspace, BackgroundWork background, StatusLine status, ResourceBundle messages,
                    Runnable afterImport) {
        this.workspace = workspace;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.afterImport = afterImport;
    }

    public void chooseAndImport(Window owner) {
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
                AtomicFile.checkCancelled(progress);
                // From here the import is one transaction; cancelling it could only pretend to stop it.
                javafx.application.Platform.runLater(status::uncancellable);
                return workspace.corpus().importArticles(articles);
            }
        };
        task.setOnSucceeded(event -> {
            ImportReport report = task.getValue();
            status.finished(MessageFormat.format(messages.getString("status.imported"), report.imported().size(),
                    report.skipped().size()));
            afterImport.run();
        });
        start(task, messages.getString("status.importing"), true);
        return task;
    }

    /** Asks where to write, then exports {@code format} with {@code filter}. */
    public void chooseAndExport(Window owner, Formats.Format format, ExportFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(exportTitle(format, filter));
        chooser.setInitialFileName(fileName(format, filter));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(file.toPath(), format.exporter(new Formats.ExportOptions(true)), filter);
        }
    }

    /** The dialog says what the menu item said, in the interface's language. */
    private String exportTitle(Formats.Format format, ExportFilter filter) {
        return switch (format.kind()) {
            case TRAINING -> messages.getString(filter.goldOnly() ? "menu.exportJsonl" : "menu.exportAllJsonl");
            case REVIEW -> messages.getString("menu.exportCsv");
            case INTERCHANGE -> MessageFormat.format(messages.getString("menu.exportFormat"), format.name(),
                    format.extension());
        };
    }

    private static String fileName(Formats.Format format, ExportFilter filter) {
        String name = switch (format.kind()) {
            case TRAINING -> filter.goldOnly() ? "training" : "all-annotations";
            case REVIEW -> "review";
            case INTERCHANGE -> format.name();
        };
        return name + "." + format.extension();
    }

    /** Asks for annotated files in {@code format}, then imports them as the annotator {@code import:SOURCE}. */
    public void chooseAndImportAnnotations(Window owner, Formats.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.importAnnotations") + ": " + format.name());
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importAnnotations(format, files.stream().map(File::toPath).toList());
        }
    }

    Task<AnnotationImport.Summary> importAnnotations(Formats.Format format, List<Path> files) {
        Task<AnnotationImport.Summary> task = new ProgressTask<>() {
            @Override
            protected AnnotationImport.Summary work(Progress progress) {
                AnnotationImporter.Reading reading = format.importer().readAll(files, progress);
                return AnnotationImport.run(workspace, format.annotator(), reading, LabelMapping.parse(List.of()),
                        progress);
            }
        };
        task.setOnSucceeded(event -> {
            AnnotationImport.Summary summary = task.getValue();
            status.finished(MessageFormat.format(messages.getString("status.importedAnnotations"),
                    summary.annotationsAdded(), summary.annotator(), summary.articlesAdded()));
            afterImport.run();
        });
        // Where reading ends and the one transaction begins is inside the import: no Cancel that might only pretend.
        start(task, messages.getString("status.importing"), false);
        return task;
    }

    public void chooseAndMerge(Window owner, Supplier<Annotator> by) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.merge"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("files.workspaces"),
                "*.db"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            merge(file.toPath(), by.get());
        }
    }

    Task<MergeReport> merge(Path other, Annotator by) {
        Task<MergeReport> task = new ProgressTask<>() {
            @Override
            protected MergeReport work(Progress progress) {
                return workspace.merge(other, by);
            }
        };
        task.setOnSucceeded(event -> {
            MergeReport report = task.getValue();
            status.finished(MessageFormat.format(messages.getString("status.merged"), report.articles(),
                    report.annotations(), report.decisions(), report.keptLocalDecisions() + report.keptLocalStates()));
            afterImport.run();
        });
        // A merge is one transaction that cannot stop half-way: no Cancel that would only pretend.
        start(task, messages.getString("status.merging"), false);
        return task;
    }

    /** Exports to {@code destination}, already chosen, in the background and with Cancel. */
    Task<Exporter.Summary> export(Path destination, Exporter exporter, ExportFilter filter) {
        Task<Exporter.Summary> task = new ProgressTask<>() {
            @Override
            protected Exporter.Summary work(Progress progress) throws Exception {
                return exporter.export(workspace, filter, destination, progress);
            }
        };
        task.setOnSucceeded(event -> status.finished(MessageFormat.format(messages.getString("status.exported"),
                task.getValue().annotations(), task.getValue().articles(), destination)));
        start(task, messages.getString("status.exporting"), true);
        return task;
    }

    /**
     * The window is closing: work that can still stop without leaving anything half done (an export, an import
     * still reading its files) is cancelled, and a failure is no longer shown. Work in its one transaction goes
     * on: the workspace's close waits for it to commit.
     */
    public void stop() {
        stopped = true;
        status.cancelTracked();
    }

    private void start(Task<?> task, String what, boolean cancellable) {
        status.track(task, what, cancellable);
        task.setOnCancelled(event -> status.finished(messages.getString("status.cancelled")));
        task.setOnFailed(event -> {
            if (stopped) {
                // An import that reached its transaction only as the workspace closed: nothing of it was written.
                return;
            }
            status.finished(messages.getString("status.failed"));
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(task.getException().getMessage()));
            alert.setHeaderText(what);
            alert.show();
        });
        background.run(task);
    }
}
