package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.io.AnnotationImport;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.model.ImportReport;
import app.hamish.service.Workspace;
import app.hamish.ui.transfer.ChosenTransfers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export from the menu, run as background tasks (synchronously here) with progress and cancel. */
class TransferActionsTest {
    @TempDir
    Path folder;

    @Test
    void importFromTheMenuAddsTheArticlesAndReportsInTheStatusLine() {
        Path first = TestFiles.write(folder.resolve("in/a.txt"), "مقالة أولى");
        Path second = TestFiles.write(folder.resolve("in/b.txt"), "مقالة ثانية");
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            Task<ImportReport> task = HeadlessFx.call(() -> ChosenTransfers.importFiles(window.transfers(),
                    List.of(first, second)));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
            assertThat(HeadlessFx.call(task::getProgress)).isEqualTo(1.0);
            assertThat(HeadlessFx.call(window::statusText)).isEqualTo("Imported 2 article(s); 0 skipped as already present.");
            assertThat(window.workspace().corpus().count()).isEqualTo(7);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void aBadFileFailsTheImportAndChangesNothing() {
        Path bad = TestFiles.write(folder.resolve("bad.txt"), new byte[] {(byte) 0xC3, 0x28});
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            Task<ImportReport> task = HeadlessFx.call(() -> ChosenTransfers.importFiles(window.transfers(),
                    List.of(bad)));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.FAILED);
            assertThat(HeadlessFx.call(() -> task.getException().getMessage())).contains("bad.txt");
            assertThat(window.workspace().corpus().count()).isEqualTo(5);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void annotationsInAnotherToolsFormatImportFromTheMenuUnderThatTool() {
        Path doccano = TestFiles.write(folder.resolve("d.jsonl"),
                "{\"text\": \"زار مملوك دمشق\", \"label\": [[4, 9, \"ENTITY\"]]}\n");
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            Task<AnnotationImport.Summary> task = HeadlessFx.call(() -> ChosenTransfers.importAnnotations(
                    window.transfers(), Formats.named("doccano").orElseThrow(), List.of(doccano)));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
            assertThat(HeadlessFx.call(window::statusText))
                    .isEqualTo("Imported 1 annotation(s) as import:doccano; 1 new article(s).");
            assertThat(window.workspace().corpus().count()).isEqualTo(6);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void mergeFromTheMenuBringsInTheOtherWorkspacesArticles() {
        Path other = folder.resolve("laptop-b.db");
        try (Workspace workspace = Workspace.open(other)) {
            workspace.corpus().importArticles(app.hamish.io.ArticleFiles.read(List.of(
                    TestFiles.write(folder.resolve("b/new.txt"), "مقالة من جهاز آخر"))));
        }
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), null, 1000, 700);
        try {
            app.hamish.model.Annotator me = window.workspace().annotations()
                    .annotator("tester", app.hamish.model.Annotator.Role.ANNOTATOR);
            Task<app.hamish.model.MergeReport> task = HeadlessFx.call(() -> ChosenTransfers.merge(window.transfers(),
                    other, me));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
            assertThat(HeadlessFx.call(window::statusText)).startsWith("Merged: 1 article(s)");
            assertThat(window.workspace().corpus().count()).isEqualTo(6);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void cancellingAnExportLeavesTheDestinationAsItWas() throws Exception {
        Path destination = TestFiles.write(folder.resolve("train.jsonl"), "previous export\n");
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            workspace.corpus().importSamplesIfEmpty(app.hamish.io.SampleCorpus::load);
            Task<Exporter.Summary> task = new ProgressTask<>() {
                @Override
                protected Exporter.Summary work(Progress progress) throws Exception {
                    return new TrainingJsonlExporter().export(workspace, ExportFilter.ALL, destination,
                            new Progress() {
                                @Override
                                public void update(long done, long total) {
                                    progress.update(done, total);
                                    if (done == 2) {
                                        cancel();
                                    }
                                }

                                @Override
                                public boolean isCancelled() {
                                    return progress.isCancelled();
                                }
                            });
                }
            };
            HeadlessFx.start();
            HeadlessFx.run(task);
            assertThat(task.isCancelled()).isTrue();
        }
        assertThat(Files.readString(destination)).isEqualTo("previous export\n");
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }
}
