package app.hamish.ui.transfer;

import app.hamish.io.AnnotationImport;
import app.hamish.io.Exporter;
import app.hamish.io.formats.Formats;
import app.hamish.model.Annotator;
import app.hamish.model.ExportFilter;
import app.hamish.model.ImportReport;
import app.hamish.model.MergeReport;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;

/**
 * A window's transfers started as its menu starts them once the file dialog has answered, for the tests, which
 * cannot answer a native dialog: the files are given here. On the FX thread, as the menu's.
 */
public final class ChosenTransfers {
    private ChosenTransfers() {
    }

    public static Task<ImportReport> importFiles(TransferActions transfers, List<Path> files) {
        return transfers.importFiles(files);
    }

    public static Task<AnnotationImport.Summary> importAnnotations(TransferActions transfers, Formats.Format format,
                                                                   List<Path> files) {
        return transfers.importAnnotations(format, files);
    }

    public static Task<MergeReport> merge(TransferActions transfers, Path other, Annotator by) {
        return transfers.merge(other, by);
    }

    /** {@code exporter} in place of the one a format gives, to hold or watch the real one. */
    public static Task<Exporter.Summary> export(TransferActions transfers, Path destination, Exporter exporter,
                                                ExportFilter filter) {
        return transfers.export(destination, exporter, filter);
    }
}
