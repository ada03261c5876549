package app.hamish.io;

import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a workspace's annotations to a file in one format, atomically. */
public interface Exporter {
    /**
     * What an export wrote.
     *
     * @param changedSpans the spans the format could not hold exactly, each said with its article, what it was
     *     written as and why; empty for formats that hold every span
     */
    record Summary(Path file, int articles, long annotations, List<String> changedSpans) {
        public Summary {
            changedSpans = List.copyOf(changedSpans);
        }
    }

    /**
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation; the
     *     destination is then left as it was
     */
    Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress) throws IOException;
}
