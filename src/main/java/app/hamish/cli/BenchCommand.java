package app.hamish.cli;

import app.hamish.io.ArticleFiles;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.ReviewCsvExporter;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.ui.ViewBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the store's speed on a synthetic corpus in a temporary folder: import throughput, commit latency of
 * one annotation as the workbench commits it, and export throughput. Figures, not assertions.
 */
@Command(name = "bench", description = "Measure import, commit and export speed on a synthetic workspace.")
final class BenchCommand implements Callable<Integer> {
    private static final String[] WORDS = {"القاهرة", "دمشق", "مصادر", "مطلعة", "الرئيس", "وزير", "الخارجية",
            "زيارة", "أمني", "رفيع", "المستوى", "مملوك", "السيسي", "بشار", "الأسد", "المخابرات", "وفد", "اجتماع",
            "بـ59", "(Tomahawk)", "2024", "مواجـ.ـهة", "السـ.ـرية", "التنسيق", "الاستخباراتية", "😀", "👩‍💻", "وقالت"};

    @Option(names = "--articles", description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--annotations-per-article", description = "Default: ${DEFAULT-VALUE}.")
    int perArticle = 100;

    @Option(names = "--commits", description = "Single-annotation commits to time (default: ${DEFAULT-VALUE}).")
    int commits = 2_000;

    @Option(names = "--folder", description = "Where to build the corpus (default: a new temporary folder, deleted).")
    Path folder;

    @Option(names = "--view", description = {"Measure the workbench instead, headless: open a long article with many "
            + "annotations, scroll it, report time to interactive and heap."})
    boolean view;

    @Option(names = "--characters", description = "--view: article length (default: ${DEFAULT-VALUE}).")
    int characters = 1_000_000;

    @Option(names = "--view-annotations", description = "--view: annotations on it (default: ${DEFAULT-VALUE}).")
    int viewAnnotations = 10_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = folder == null;
        Path root = temporary ? Files.createTempDirectory("hamish-bench") : Files.createDirectories(folder);
        try {
            if (view) {
                ViewBenchmark.run(root, characters, viewAnnotations, out);
            } else {
                run(root, out);
            }
        } finally {
            if (temporary) {
                deleteTree(root);
            }
        }
        return ExitCodes.OK;
    }

    private void run(Path root, PrintWriter out) throws IOException {
        Random random = new Random(42);
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        long bytes = writeCorpus(corpus, random);
        out.printf("corpus: %d articles, %.1f MB of UTF-8 text%n", articles, bytes / 1e6);

        Path database = root.resolve("bench.db");
        try (Workspace workspace = Workspace.open(database)) {
            long start = System.nanoTime();
            List<NewArticle> read = ArticleFiles.read(List.of(corpus));
            workspace.corpus().importArticles(read);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("import: %d articles in %.2f s = %.1f MB/s (target >= 20 MB/s)%n", articles, seconds,
                    bytes / 1e6 / seconds);

            start = System.nanoTime();
            long created = annotateAll(workspace, random);
            out.printf("setup: %d annotations committed in batches in %.1f s%n", created,
                    (System.nanoTime() - start) / 1e9);
        }

        long openStart = System.nanoTime();
        try (Workspace workspace = Workspace.open(database)) {
            out.printf("open: %.0f ms to open and check the %d MB workspace%n",
                    (System.nanoTime() - openStart) / 1e6, Files.size(database) >> 20);
            measureCommits(workspace, random, out);
            measureExport(workspace, new TrainingJsonlExporter(), root.resolve("train.jsonl"), "jsonl", out);
            measureExport(workspace, new ReviewCsvExporter(true), root.resolve("review.csv"), "csv", out);
        }
        Runtime runtime = Runtime.getRuntime();
        out.printf("heap: %d MB used of %d MB max%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
    }

    private long writeCorpus(Path corpus, Random random) throws IOException {
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("مقالة رقم ").append(i).append('\n');
            while (text.length() < 2_000) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? "\n" : " ");
            }
            byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(corpus.resolve("a%05d.txt".formatted(i)), encoded);
            bytes += encoded.length;
        }
        return bytes;
    }

    private long annotateAll(Workspace workspace, Random random) {
        Annotator annotator = workspace.annotations().annotator("bench", Annotator.Role.ANNOTATOR);
        List<ArticleSummary> summaries = workspace.corpus().articles();
        long created = 0;
        List<NewAnnotation> batch = new ArrayList<>();
        for (ArticleSummary summary : summaries) {
            batch.addAll(spans(summary, annotator, random, perArticle, 0));
            if (batch.size() >= 10_000) {
                created += workspace.annotations().createAll(batch).size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            created += workspace.annotations().createAll(batch).size();
        }
        return created;
    }

    /** Non-overlapping spans of 5 to 12 characters; each covers part of a word, never only spaces. */
    private static List<NewAnnotation> spans(ArticleSummary article, Annotator annotator, Random random, int count,
                                             int offset) {
        List<NewAnnotation> spans = new ArrayList<>(count);
        int stride = Math.max(13, (article.characters() - 13) / count);
        String[] labels = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
        for (int i = 0; i < count && (i + 1) * stride + offset < article.characters(); i++) {
            int start = i * stride + offset;
            int length = 5 + random.nextInt(Math.min(8, stride - 5));
            String label = labels[random.nextInt(labels.length)];
            spans.add(new NewAnnotation(article.id(), annotator.id(), new Span(start, start + length), label,
                    label.equals(Label.ENTITY) ? "person" : null, "", Provenance.MANUAL));
        }
        return spans;
    }

    private void measureCommits(Workspace workspace, Random random, PrintWriter out) {
        Annotator annotator = workspace.annotations().annotator("bench-ui", Annotator.Role.ANNOTATOR);
        List<ArticleSummary> summaries = workspace.corpus().articles();
        long[] nanos = new long[commits];
        int done = 0;
        int articleIndex = 0;
        while (done < commits) {
            ArticleSummary article = summaries.get(articleIndex++ % summaries.size());
            for (NewAnnotation annotation : spans(article, annotator, random, 50, 3)) {
                if (done == commits) {
                    break;
                }
                long start = System.nanoTime();
                workspace.annotations().create(annotation);
                nanos[done++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        out.printf("commit: one annotation per transaction, %d commits on %d annotations: p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms (target p99 < 5 ms)%n", commits, workspace.stats().annotations(),
                nanos[commits / 2] / 1e6, nanos[(int) (commits * 0.99)] / 1e6, nanos[commits - 1] / 1e6);
    }

    private static void measureExport(Workspace workspace, Exporter exporter, Path file, String name,
                                      PrintWriter out) throws IOException {
        long start = System.nanoTime();
        Exporter.Summary summary = exporter.export(workspace, ExportFilter.ALL, file, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("export %s: %d annotations of %d articles in %.2f s = %.0f annotations/s (%.0f MB)%s%n", name,
                summary.annotations(), summary.articles(), seconds, summary.annotations() / seconds,
                Files.size(file) / 1e6, name.equals("jsonl") ? " (target >= 500000/s)" : "");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
