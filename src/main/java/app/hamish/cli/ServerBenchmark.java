package app.hamish.cli;

import app.hamish.io.ArticleFiles;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ExportFilter;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.ServerAddress;
import app.hamish.service.RefusedException;
import app.hamish.service.ServerLimit;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench --workspace URL}: the figures of a workspace on a PostgreSQL server, each beside plain JDBC doing the
 * same work through the same driver to the same server in the same run, in turns (decisions 0016, 0026). The issue's
 * absolute targets are printed with them; timings are never asserted.
 */
final class ServerBenchmark {
    /** Annotating clients committing at once, as a team does. */
    static final int CLIENTS = 10;
    private static final int EXPORT_ROUNDS = 2;
    /** Changes timed from one client's commit to another's reading them back. */
    static final int VISIBLE_CHANGES = 200;

    private ServerBenchmark() {
    }

    static void run(ServerAddress address, Path root, int articles, int perArticle, int commits, PrintWriter out)
            throws IOException {
        Random random = new Random(42);
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        long bytes = BenchCommand.writeCorpus(corpus, random, articles);
        out.printf("server: %s%n", address);
        out.printf("corpus: %d articles, %.1f MB of UTF-8 text%n", articles, bytes / 1e6);
        try (Workspace workspace = Workspace.open(address)) {
            long present = workspace.corpus().count();
            if (present > 0) {
                throw new RefusedException("bench --workspace fills the workspace with a synthetic corpus, and "
                        + address + " holds " + present + " article(s) already: name an empty database.");
            }
            try (ServerLimit limit = ServerLimit.create(address)) {
                measureImport(workspace, limit, corpus, articles, bytes, out);
                long start = System.nanoTime();
                long created = BenchCommand.annotateAll(workspace, random, perArticle);
                out.printf("setup: %d annotations committed in batches in %.1f s%n", created,
                        (System.nanoTime() - start) / 1e9);
                measureCommits(address, workspace, limit, commits, out);
                ServerVisibility.measure(address, limit, workspace.corpus().articles(), VISIBLE_CHANGES, out);
                measureExport(workspace, limit, root.resolve("train.jsonl"), out);
            }
        }
    }

    /** Hamish's import (reading the files included), then plain JDBC inserting the same rows; once each. */
    private static void measureImport(Workspace workspace, ServerLimit limit, Path corpus, int articles, long bytes,
                                      PrintWriter out) throws IOException {
        long start = System.nanoTime();
        List<NewArticle> read = ArticleFiles.read(List.of(corpus));
        long reading = System.nanoTime() - start;
        workspace.corpus().importArticles(read);
        long hamish = System.nanoTime() - start;
        long plain = limit.insertArticles(read);
        out.printf("import: %.0f %% of plain JDBC inserting the same rows in one transaction (issue's target:"
                + " >= 20 MB/s)%n", 100.0 * plain / hamish);
        out.printf("  Hamish %d articles in %.2f s = %.1f MB/s, of which reading the files %.2f s; plain JDBC %.2f s"
                        + " = %.1f MB/s (one run each, in turns)%n", articles, hamish / 1e9,
                bytes / 1e6 / (hamish / 1e9), reading / 1e9, plain / 1e9, bytes / 1e6 / (plain / 1e9));
    }

    /**
     * {@link #CLIENTS} clients, each with its own connection and annotator, each committing one annotation and then
     * one plain row, in turns, all at once: a commit's time includes waiting for the others, as a team's does.
     */
    private static void measureCommits(ServerAddress address, Workspace workspace, ServerLimit limit, int commits,
                                       PrintWriter out) {
        long rows = workspace.stats().annotations();
        limit.fillAnnotations(rows);
        List<ArticleSummary> summaries = workspace.corpus().articles();
        int each = Math.max(1, commits / CLIENTS);
        long[] hamish = new long[each * CLIENTS];
        long[] plain = new long[each * CLIENTS];
        CyclicBarrier together = new CyclicBarrier(CLIENTS);
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                running.add(clients.submit(() -> {
                    try (Workspace own = Workspace.open(address); ServerLimit ownLimit = limit.client()) {
                        Annotator annotator = own.annotations().annotator("bench-client-" + number,
                                Annotator.Role.ANNOTATOR);
                        Random random = new Random(number);
                        together.await();
                        int done = 0;
                        for (int article = number; done < each; article += CLIENTS) {
                            ArticleSummary summary = summaries.get(article % summaries.size());
                            for (NewAnnotation annotation : BenchCommand.spans(summary, annotator, random, 50, 3)) {
                                if (done == each) {
                                    break;
                                }
                                int at = number * each + done++;
                                long start = System.nanoTime();
                                own.annotations().create(annotation);
                                hamish[at] = System.nanoTime() - start;
                                start = System.nanoTime();
                                ownLimit.commitAnnotation(annotation);
                                plain[at] = System.nanoTime() - start;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring commits", e);
        }
        Arrays.sort(hamish);
        Arrays.sort(plain);
        int total = hamish.length;
        int p99 = (int) (total * 0.99);
        out.printf("commit: p99 %.2fx plain JDBC committing one row, %d clients committing at once (issue's target:"
                + " p99 < 5 ms)%n", (double) hamish[p99] / plain[p99], CLIENTS);
        out.printf("  Hamish p50 %.2f ms, p99 %.2f ms, max %.2f ms; plain JDBC p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (%d commits each, in turns, by %d clients, on %d annotations)%n", hamish[total / 2] / 1e6,
                hamish[p99] / 1e6, hamish[total - 1] / 1e6, plain[total / 2] / 1e6, plain[p99] / 1e6,
                plain[total - 1] / 1e6, total, CLIENTS, rows);
    }

    /** The JSONL export and plain JDBC reading the rows it writes, in turns; the fastest of each is kept. */
    private static void measureExport(Workspace workspace, ServerLimit limit, Path file, PrintWriter out)
            throws IOException {
        Exporter exporter = new TrainingJsonlExporter();
        long hamish = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        Exporter.Summary summary = null;
        for (int round = 0; round < EXPORT_ROUNDS; round++) {
            long start = System.nanoTime();
            summary = exporter.export(workspace, ExportFilter.ALL, file, Progress.NONE);
            hamish = Math.min(hamish, System.nanoTime() - start);
            plain = Math.min(plain, limit.readWorkspaceRows());
        }
        out.printf("export jsonl: %.0f %% of plain JDBC reading the same rows (issue's target: >= 500,000"
                + " annotations/s)%n", 100.0 * plain / hamish);
        out.printf("  Hamish %d annotations of %d articles in %.2f s = %.0f annotations/s, %.1f MB/s; plain JDBC"
                        + " %.2f s = %.0f annotations/s (fastest of %d runs each, in turns)%n", summary.annotations(),
                summary.articles(), hamish / 1e9, summary.annotations() / (hamish / 1e9),
                Files.size(file) / 1e6 / (hamish / 1e9), plain / 1e9, summary.annotations() / (plain / 1e9),
                EXPORT_ROUNDS);
    }
}
