package app.hamish.io;

import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop every export shares: articles streamed from one snapshot into a file written atomically, progress
 * reported after each article read, cancellation honoured between articles (the destination is then left as it
 * was). The articles are formatted and written on a thread of their own while the next are read.
 */
public final class ExportRun {
    /** Writes articles into one open file. */
    public interface ArticleWriter {
        void write(ArticleExport article) throws IOException;

        /** Writes what follows the last article (a closing bracket, a zip directory) and flushes. */
        void finish() throws IOException;

        /** The spans written other than they are, because the format cannot hold them: see {@link Exporter.Summary}. */
        default List<String> changedSpans() {
            return List.of();
        }
    }

    /** Starts writing the file; called once per export with the stream {@link AtomicFile} opened. */
    @FunctionalInterface
    public interface Opener {
        ArticleWriter open(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 1 << 20;

    private ExportRun() {
    }

    public static Exporter.Summary run(Workspace workspace, ExportFilter filter, Path destination, Progress progress,
                                       Opener opener) throws IOException {
        workspace.requireNotWorkspaceFile(destination);
        long total = workspace.corpus().count();
        long[] counts = new long[2];
        List<String> changedSpans = new ArrayList<>();
        AtomicFile.write(destination, file -> {
            // The formats write a few bytes at a time; the file gets them a megabyte at a time.
            BufferedOutputStream out = new BufferedOutputStream(file, BUFFER);
            ArticleWriter writer = opener.open(out);
            try (ArticleHandOff handOff = ArticleHandOff.start(writer)) {
                workspace.exportArticles(filter, article -> {
                    AtomicFile.checkCancelled(progress);
                    handOff.put(article);
                    counts[0]++;
                    counts[1] += article.annotations().size();
                    progress.update(counts[0], total);
                });
                handOff.finish();
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                for (Throwable suppressed : e.getSuppressed()) {
                    cause.addSuppressed(suppressed);
                }
                throw cause;
            }
            writer.finish();
            out.flush();
            changedSpans.addAll(writer.changedSpans());
        });
        return new Exporter.Summary(destination, (int) counts[0], counts[1], changedSpans);
    }
}
