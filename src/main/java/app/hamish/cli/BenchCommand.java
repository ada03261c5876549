package app.hamish.cli;

import app.hamish.io.ArticleFiles;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.ReadAhead;
import app.hamish.io.ReviewCsvExporter;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ServerAddress;
import app.hamish.model.Span;
import app.hamish.service.CorpusSearch;
import app.hamish.service.CorpusService;
import app.hamish.service.SqliteLimit;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.ViewBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures the store's speed on a synthetic corpus in a temporary folder: import throughput, commit latency of
 * one annotation as the workbench commits it, and export throughput, each beside what the machine itself does for
 * the same work in the same run on the same file system, and as a ratio of it (decision 0016). Figures, not
 * assertions.
 */
@Command(name = "bench", description = "Measure import, commit and export speed on a synthetic workspace, each beside "
        + "what the machine itself does for the same work.")
final class BenchCommand implements Callable<Integer> {
    static final String[] WORDS = {"القاهرة", "دمشق", "مصادر", "مطلعة", "الرئيس", "وزير", "الخارجية",
            "زيارة", "أمني", "رفيع", "المستوى", "مملوك", "السيسي", "بشار", "الأسد", "المخابرات", "وفد", "اجتماع",
            "بـ59", "(Tomahawk)", "2024", "مواجـ.ـهة", "السـ.ـرية", "التنسيق", "الاستخباراتية", "😀", "👩‍💻", "وقالت"};

    /** Runs of each export and find, alternating with their limit's, so that drift on the machine hits both. */
    private static final int ROUNDS = 2;
    private static final String FASTEST = fastestOf(ROUNDS);
    /**
     * Runs of the import and of its limit: each is under a second, so a neighbour's burst of disk or processor work
     * can double one run; the fastest of three each, in turns, is what the machine does when left alone (decision
     * 0073).
     */
    private static final int IMPORT_ROUNDS = 3;

    @Option(names = "--articles", split = ",", description = {"Articles in the corpus (default: ${DEFAULT-VALUE}). "
            + "Several sizes (--articles 1000,10000) measure each in turn and end with a table of how cost grows."})
    List<Integer> sizes = List.of(10_000);

    /** The corpus size being measured. */
    private int articles;

    @Option(names = "--annotations-per-article", description = "Default: ${DEFAULT-VALUE}.")
    int perArticle = 100;

    @Option(names = "--commits", description = "Single-annotation commits to time (default: ${DEFAULT-VALUE}).")
    int commits = 2_000;

    @Option(names = "--folder", description = "Where to build the corpus (default: a new temporary folder, deleted).")
    Path folder;

    @Option(names = "--workspace", paramLabel = "URL", converter = WorkspaceArgument.Converter.class,
            description = {"Measure a server workspace instead: an empty database, which the bench fills "
                    + "(postgresql://HOST[:PORT]/DB?user=NAME). Import, commits by 10 clients at once and JSONL "
                    + "export, each beside plain JDBC doing the same through the same driver."})
    WorkspaceArgument server;

    @Option(names = "--view", description = {"Measure the workbench instead, headless: open a long article with many "
            + "annotations, scroll it, report time to interactive and heap."})
    boolean view;

    @Option(names = "--suggestions", description = {"Measure suggestions instead: every source on a long article with "
            + "many annotations, beside normalising its text once."})
    boolean suggestions;

    @Option(names = "--startup", description = {"Measure start-up instead: the README's run command (java "
            + "-XX:AOTCache=target/hamish.aot -jar target/hamish.jar, beside this jar) to its first window, beside the "
            + "same JVM showing an empty JavaFX window, with the AOT cache and without; headless without a display."})
    boolean startup;

    @Option(names = "--starts", description = "--startup: starts of each, in turns (default: ${DEFAULT-VALUE}).")
    int starts = 7;

    @Option(names = "--characters", description = "--view, --suggestions: article length (default: ${DEFAULT-VALUE}).")
    int characters = 1_000_000;

    @Option(names = "--view-annotations", description = "--view, --suggestions: annotations on it (default: "
            + "${DEFAULT-VALUE}).")
    int viewAnnotations = 10_000;

    @Option(names = "--presses", description = "--view: times each edit key is timed (default: ${DEFAULT-VALUE}).")
    int presses = 500;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = folder == null;
        Path root = temporary ? Files.createTempDirectory("hamish-bench") : Files.createDirectories(folder);
        try {
            if (server != null) {
                ServerBenchmark.run(serverAddress(), root, sizes.getFirst(), perArticle, commits, out);
            } else if (view) {
                ViewBenchmark.run(root, characters, viewAnnotations, presses, out);
            } else if (suggestions) {
                SuggestionBenchmark.run(root, characters, viewAnnotations, out);
            } else if (startup) {
                StartupBenchmark.run(root, starts, out);
            } else if (sizes.size() == 1) {
                articles = sizes.getFirst();
                run(root, out);
            } else {
                warmUp(root);
                List<Growth.Row> rows = new ArrayList<>();
                for (int size : sizes) {
                    articles = size;
                    out.printf("%n%d articles:%n", size);
                    rows.add(run(Files.createDirectories(root.resolve("articles-" + size)), out));
                }
                Growth.print(rows, out);
            }
        } finally {
            if (temporary) {
                deleteTree(root);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * A run of the smallest size whose figures are not shown: measured first in a JVM that had not yet compiled the
     * import and export code, that size took several times its share and the growth looked less than linear.
     */
    private void warmUp(Path root) throws IOException {
        articles = sizes.stream().min(Integer::compare).orElseThrow();
        Path folder = Files.createDirectories(root.resolve("warm-up"));
        run(folder, new PrintWriter(Writer.nullWriter()));
        deleteTree(folder);
    }

    /** The bench builds its own workspace file; only a server's database is named, and one size measured there. */
    private ServerAddress serverAddress() {
        if (server.server() == null) {
            throw new ParameterException(spec.commandLine(), "bench --workspace takes a server's address"
                    + " (postgresql://...); on a file, bench builds its own workspace in --folder.");
        }
        if (sizes.size() > 1 || view || suggestions || startup) {
            throw new ParameterException(spec.commandLine(), "bench --workspace measures one corpus size, and"
                    + " neither --view, --suggestions nor --startup.");
        }
        return server.server();
    }

    private Growth.Row run(Path root, PrintWriter out) throws IOException {
        Random random = new Random(42);
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        long bytes = writeCorpus(corpus, random);
        out.printf("corpus: %d articles, %.1f MB of UTF-8 text%n", articles, bytes / 1e6);

        Path database = root.resolve("bench.db");
        Growth.Row growth;
        Growth.Pair imported = measureImport(root, corpus, database, bytes, out);
        try (Workspace workspace = Workspace.open(database)) {
            long start = System.nanoTime();
            long created = annotateAll(workspace, random);
            out.printf("setup: %d annotations committed in batches in %.1f s%n", created,
                    (System.nanoTime() - start) / 1e9);
        }

        long openStart = System.nanoTime();
        try (Workspace workspace = Workspace.open(database)) {
            out.printf("open: %.0f ms to open and check the %d MB workspace%n",
                    (System.nanoTime() - openStart) / 1e6, Files.size(database) >> 20);
            Growth.Pair committed = measureCommits(workspace, root.resolve("limit-commit.db"), random, out);
            Growth.Pair jsonl = measureExport(workspace, new TrainingJsonlExporter(), root.resolve("train.jsonl"),
                    "jsonl", out);
            Growth.Pair csv = measureExport(workspace, new ReviewCsvExporter(true), root.resolve("review.csv"), "csv",
                    out);
            growth = new Growth.Row(articles, imported, jsonl, csv, committed);
            measureSearch(workspace, root.resolve("limit-search.db"), out);
        }
        Runtime runtime = Runtime.getRuntime();
        out.printf("heap: %d MB used of %d MB max%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        return growth;
    }

    /**
     * Hamish's import (reading the files included) and plain SQLite inserting the same rows, in turns, each into a
     * new file; the first workspace is kept as the bench workspace.
     */
    private Growth.Pair measureImport(Path root, Path corpus, Path database, long bytes, PrintWriter out)
            throws IOException {
        long hamish = Long.MAX_VALUE;
        long limit = Long.MAX_VALUE;
        // A workspace left in --folder by an earlier run holds every article: importing into it would skip them all.
        deleteDatabase(database);
        for (int round = 0; round < IMPORT_ROUNDS; round++) {
            Path target = round == 0 ? database : root.resolve("import-" + round + ".db");
            try (Workspace workspace = Workspace.open(target)) {
                long start = System.nanoTime();
                try (ReadAhead<PreparedArticle> reading = ArticleFiles.readAhead(List.of(corpus), Progress.NONE)) {
                    workspace.corpus().importArticles(reading::next);
                }
                hamish = Math.min(hamish, System.nanoTime() - start);
            }
            // The same rows for the limit, read again outside the timing: the limit is the insert alone.
            List<NewArticle> read = ArticleFiles.read(List.of(corpus));
            if (round > 0) {
                deleteDatabase(target);
            }
            Path baseline = root.resolve("limit-import-" + round + ".db");
            try (SqliteLimit sqlite = SqliteLimit.create(baseline)) {
                limit = Math.min(limit, sqlite.insertArticles(read));
            }
            deleteDatabase(baseline);
        }
        out.printf("import: %.0f %% of plain SQLite inserting the same rows in one transaction (target >= 60 %%)%n",
                100.0 * limit / hamish);
        out.printf("  Hamish %d articles in %.2f s = %.1f MB/s; plain SQLite %.2f s = %.1f MB/s%s%n", articles,
                hamish / 1e9, bytes / 1e6 / (hamish / 1e9), limit / 1e9, bytes / 1e6 / (limit / 1e9),
                fastestOf(IMPORT_ROUNDS));
        measureIndexing(database, out);
        return new Growth.Pair(hamish, limit);
    }

    /** The search index filled after the import, in transactions of its own, as the import command does next. */
    private static void measureIndexing(Path database, PrintWriter out) {
        try (Workspace workspace = Workspace.open(database)) {
            long start = System.nanoTime();
            int indexed = workspace.corpus().indexForSearch(SearchIndexFill.ARTICLES_PER_TRANSACTION,
                    CorpusService.SearchProgress.NONE);
            out.printf("searchable after: %.2f s more, indexing the %d articles for search after the import "
                    + "(find reads them meanwhile)%n", (System.nanoTime() - start) / 1e9, indexed);
        }
    }

    private long writeCorpus(Path corpus, Random random) throws IOException {
        return writeCorpus(corpus, random, articles);
    }

    /** {@code articles} synthetic Arabic articles of about 2,000 characters each; returns their UTF-8 bytes. */
    static long writeCorpus(Path corpus, Random random, int articles) throws IOException {
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
        return annotateAll(workspace, random, perArticle);
    }

    /** {@code perArticle} annotations on every article, committed in batches; returns how many. */
    static long annotateAll(Workspace workspace, Random random, int perArticle) {
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
    static List<NewAnnotation> spans(ArticleSummary article, Annotator annotator, Random random, int count,
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

    /** Hamish committing one annotation and plain SQLite committing one row, in turns, on tables of one size. */
    private Growth.Pair measureCommits(Workspace workspace, Path baseline, Random random, PrintWriter out)
            throws IOException {
        Annotator annotator = workspace.annotations().annotator("bench-ui", Annotator.Role.ANNOTATOR);
        List<ArticleSummary> summaries = workspace.corpus().articles();
        long rows = workspace.stats().annotations();
        long[] hamish = new long[commits];
        long[] limit = new long[commits];
        boolean[] layersFirst = new boolean[commits];
        try (SqliteLimit sqlite = SqliteLimit.create(baseline)) {
            sqlite.fillAnnotations(rows);
            int done = 0;
            int articleIndex = 0;
            while (done < commits) {
                ArticleSummary article = summaries.get(articleIndex++ % summaries.size());
                boolean first = true;
                for (NewAnnotation annotation : spans(article, annotator, random, 50, 3)) {
                    if (done == commits) {
                        break;
                    }
                    layersFirst[done] = first;
                    first = false;
                    long start = System.nanoTime();
                    workspace.annotations().create(annotation);
                    hamish[done] = System.nanoTime() - start;
                    start = System.nanoTime();
                    sqlite.commitAnnotation(annotation);
                    limit[done++] = System.nanoTime() - start;
                }
            }
        }
        deleteDatabase(baseline);
        long[] byKind = hamish.clone();
        Arrays.sort(hamish);
        Arrays.sort(limit);
        int p99 = (int) (commits * 0.99);
        out.printf("commit: p99 %.2fx plain SQLite committing one row to a table of the same size (target <= 1.5x)%n",
                (double) hamish[p99] / limit[p99]);
        out.printf("  Hamish p50 %.2f ms, p99 %.2f ms, max %.2f ms; plain SQLite p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms (%d commits each, in turns, on %d annotations)%n", hamish[commits / 2] / 1e6,
                hamish[p99] / 1e6, hamish[commits - 1] / 1e6, limit[commits / 2] / 1e6, limit[p99] / 1e6,
                limit[commits - 1] / 1e6, commits, rows);
        printLayersFirst(byKind, layersFirst, hamish[p99], out);
        return new Growth.Pair(hamish[p99], limit[p99]);
    }

    /**
     * A layer's first annotation also starts the layer (its state and a second audit entry): one commit in 50 here,
     * enough to set a p99 (decisions 0046, 0052), so its commits are shown apart from the others.
     */
    private static void printLayersFirst(long[] hamish, boolean[] layersFirst, long p99, PrintWriter out) {
        long[] first = IntStream.range(0, hamish.length).filter(i -> layersFirst[i]).mapToLong(i -> hamish[i])
                .sorted().toArray();
        long[] others = IntStream.range(0, hamish.length).filter(i -> !layersFirst[i]).mapToLong(i -> hamish[i])
                .sorted().toArray();
        if (first.length == 0 || others.length == 0) {
            return;
        }
        out.printf("  a layer's first annotation: %d commits, p50 %.2f ms, max %.2f ms, %d at or above Hamish's p99; "
                        + "the others p50 %.2f ms, p99 %.2f ms%n", first.length, first[first.length / 2] / 1e6,
                first[first.length - 1] / 1e6, Arrays.stream(first).filter(time -> time >= p99).count(),
                others[others.length / 2] / 1e6, others[(int) (others.length * 0.99)] / 1e6);
    }

    /**
     * The export beside two limits, in turns, each forced to disk: a plain sequential write of as many bytes (the
     * issue's limit), and reading the rows the export reads through the same driver and writing their column bytes
     * (the least any export from this workspace must do; decision 0037).
     */
    private static Growth.Pair measureExport(Workspace workspace, Exporter exporter, Path file, String name,
                                      PrintWriter out) throws IOException {
        long hamish = Long.MAX_VALUE;
        long limit = Long.MAX_VALUE;
        long reading = Long.MAX_VALUE;
        long stepping = Long.MAX_VALUE;
        long rowBytes = 0;
        long steppedRows = 0;
        Exporter.Summary summary = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            summary = exporter.export(workspace, ExportFilter.ALL, file, Progress.NONE);
            hamish = Math.min(hamish, System.nanoTime() - start);
            limit = Math.min(limit, SequentialWrite.nanos(file.resolveSibling("limit-" + file.getFileName()),
                    Files.size(file)));
            long[] rows = SqliteLimit.readAndWriteExportRows(workspace.location(),
                    file.resolveSibling("limit-rows-" + file.getFileName()));
            reading = Math.min(reading, rows[0]);
            rowBytes = rows[1];
            long[] stepped = SqliteLimit.stepExportRows(workspace.location());
            stepping = Math.min(stepping, stepped[0]);
            steppedRows = stepped[1];
        }
        double megabytes = Files.size(file) / 1e6;
        out.printf("export %s: %.0f %% of writing and forcing the same %.0f MB sequentially (target >= 60 %%); "
                        + "%.0f %% of reading the same rows through the same driver and writing their bytes%n", name,
                100.0 * limit / hamish, megabytes, 100.0 * reading / hamish);
        out.printf("  Hamish %d annotations of %d articles in %.2f s = %.0f annotations/s, %.1f MB/s; "
                        + "sequential write %.2f s = %.1f MB/s; reading the rows and writing their %.0f MB %.2f s%s%n",
                summary.annotations(), summary.articles(), hamish / 1e9, summary.annotations() / (hamish / 1e9),
                megabytes / (hamish / 1e9), limit / 1e9, megabytes / (limit / 1e9), rowBytes / 1e6, reading / 1e9,
                FASTEST);
        // What rules the target out on a machine (decision 0107): were the stepping shared by every core, it
        // would still take longer than the whole export may.
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("  the floor: stepping through the same %d rows through the same driver, reading nothing, %.2f s; "
                        + "shared by this machine's %d cores at best %.2f s, %.1fx the %.2f s the target allows the "
                        + "whole export%n", steppedRows, stepping / 1e9, cores, stepping / 1e9 / cores,
                stepping / (double) cores / (limit / 0.6), limit / 0.6 / 1e9);
        return new Growth.Pair(hamish, limit);
    }

    /**
     * Find across the corpus for one article's heading (a query most articles do not hold, as a name usually is),
     * and the same query through a bare trigram index of the same normalised texts, in turns.
     */
    private void measureSearch(Workspace workspace, Path baseline, PrintWriter out) throws IOException {
        String query = "مقالة رقم " + articles * 3 / 7;
        CorpusSearch search = new CorpusSearch(workspace.corpus());
        long hamishFirst = Long.MAX_VALUE;
        long hamishAll = Long.MAX_VALUE;
        long[] limit = {Long.MAX_VALUE, Long.MAX_VALUE};
        int found = 0;
        try (SqliteLimit sqlite = SqliteLimit.create(baseline)) {
            sqlite.indexTexts(workspace.corpus().articles().stream()
                    .map(summary -> workspace.corpus().article(summary.id()).orElseThrow()).toList());
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                long[] first = {-1};
                found = search.find(query, match -> {
                    if (first[0] < 0) {
                        first[0] = System.nanoTime() - start;
                    }
                });
                long all = System.nanoTime() - start;
                hamishFirst = Math.min(hamishFirst, first[0] < 0 ? all : first[0]);
                hamishAll = Math.min(hamishAll, all);
                long[] bare = sqlite.search(query);
                limit[0] = Math.min(limit[0], bare[0]);
                limit[1] = Math.min(limit[1], bare[1]);
            }
        }
        deleteDatabase(baseline);
        out.printf("find: first result %.1f ms, all %d in %.1f ms (targets < 100 ms, < 500 ms) for \"%s\" in %d "
                        + "articles%n", hamishFirst / 1e6, found, hamishAll / 1e6, query, articles);
        out.printf("  a bare trigram index of the same normalised texts: first %.1f ms, all %.1f ms (%.1fx, %.1fx)%s%n",
                limit[0] / 1e6, limit[1] / 1e6, (double) hamishFirst / limit[0], (double) hamishAll / limit[1],
                FASTEST);
    }

    private static String fastestOf(int rounds) {
        return " (fastest of " + rounds + " runs each, in turns)";
    }

    /** A closed database file and what SQLite may have left beside it. */
    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    static void deleteTree(Path root) throws IOException {
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
