package app.hamish.cli;

import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.CueLexicon;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NormalizedText;
import app.hamish.model.ProcessorTime;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.ViewBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the suggestions of a long article with many annotations, as the workbench computes them in the background
 * after each change, beside the least any Arabic-aware suggestion must do: normalising the article's text once
 * (decision 0016's style: in turns, fastest of each kept).
 */
final class SuggestionBenchmark {
    private static final int ROUNDS = 3;
    private static final String ANALYST = "bench";

    private SuggestionBenchmark() {
    }

    static void run(Path folder, int characters, int annotations, PrintWriter out) {
        try (Workspace workspace = Workspace.open(folder.resolve("suggest-bench.db"))) {
            CueLexicon lexicon = CueLexicons.load(List.of());
            Article article = prepare(workspace, characters, annotations, out);
            Annotator analyst = workspace.annotations().annotator(ANALYST, Annotator.Role.ANNOTATOR);
            SuggestionService service = workspace.suggestions(lexicon);
            long start = System.nanoTime();
            service.retrain(ANALYST);
            long training = System.nanoTime() - start;
            long processorBefore = ProcessorTime.now();
            start = System.nanoTime();
            int offered = service.offered(article, true).size();
            long first = System.nanoTime() - start;
            long firstProcessor = ProcessorTime.now() - processorBefore;
            SuggestionService.WholeArticleCost parts = service.lastWholeArticle();

            List<Annotation> annotated = workspace.annotations().ofArticle(article.id());
            // Its own strings stand in for as many annotated in other articles.
            List<AnnotatedText> elsewhere = annotated.stream().map(annotation -> new AnnotatedText(
                    article.text().slice(annotation.span()), annotation.label(), annotation.subtype())).toList();
            SuggestionFinder finder = new SuggestionFinder(lexicon);
            NormalizedText normalized = ArabicNormalizer.normalize(article.text());
            Span word = article.text().words().getLast();
            long afterChange = Long.MAX_VALUE;
            long limit = Long.MAX_VALUE;
            long propagation = Long.MAX_VALUE;
            long corpus = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                // What the analyst waits for after pressing 1: the suggestions of the article as it now stands.
                Annotation added = workspace.annotations().create(new NewAnnotation(article.id(), analyst.id(), word,
                        Label.ENTITY, null, "", Provenance.MANUAL));
                start = System.nanoTime();
                service.offered(article, true);
                afterChange = Math.min(afterChange, System.nanoTime() - start);
                workspace.annotations().delete(added, analyst);
                start = System.nanoTime();
                ArabicNormalizer.normalize(article.text());
                limit = Math.min(limit, System.nanoTime() - start);
                propagation = Math.min(propagation, nanos(() -> finder.propagation(article, normalized, annotated)));
                corpus = Math.min(corpus, nanos(() -> finder.corpus(article, normalized, elsewhere)));
            }
            out.printf(Locale.ROOT, "suggestions: %.1fx normalising the article's text once, after each change "
                    + "(%.0f ms against %.0f ms; target < 1000 ms)%n", (double) afterChange / limit,
                    afterChange / 1e6, limit / 1e6);
            out.printf(Locale.ROOT, "  %d offered, every source, the store's reads included; propagation alone %.0f ms, "
                            + "corpus propagation of %d strings %.0f ms (fastest of %d runs each, in turns); on opening "
                            + "the article, with its cues, claims and the recommender's names, which a change does not "
                            + "look for again, %.0f ms; the recommender's training %.1f s%n", offered,
                    propagation / 1e6, elsewhere.size(), corpus / 1e6, ROUNDS, first / 1e6, training / 1e9);
            long onCaller = parts.recommenderNanos() + parts.textNanos() + parts.proposingNanos()
                    + parts.settlingNanos() - parts.besideNanos();
            out.printf(Locale.ROOT, "  on opening, processor time %.0f ms on the calling thread and %.0f ms beside it: "
                            + "the recommender's names %.0f ms (beside), the text's cues and claims %.0f ms (on "
                            + "whichever thread was free first, its normalising on the calling one), propagation "
                            + "%.0f ms, settling %.0f ms (half of it beside), the rest (the store's reads) %.0f ms%n",
                    firstProcessor / 1e6, parts.besideNanos() / 1e6, parts.recommenderNanos() / 1e6,
                    parts.textNanos() / 1e6, parts.proposingNanos() / 1e6, parts.settlingNanos() / 1e6,
                    (firstProcessor - onCaller) / 1e6);
        }
    }

    private static long nanos(Supplier<List<Suggestion>> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    /** The article of {@code bench --view}: words of Arabic news at random, annotated every so many characters. */
    private static Article prepare(Workspace workspace, int characters, int count, PrintWriter out) {
        Article article = ViewBenchmark.longArticle(workspace, characters, count, ANALYST);
        out.printf(Locale.ROOT, "suggestion article: %d characters, %d annotations%n", article.text().codePointLength(),
                workspace.annotations().ofArticle(article.id()).size());
        return article;
    }
}
