package app.hamish.io;

import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a workspace's annotations to a file in one format, atomically. */
public interface Exporter {
    /** What an export wrote. */
    record Summary(Path file, int articles, long annotations) {
    }

    /**
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation; the
     *     destination is then left as it was
     */
    Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress) throws IOException;
}
