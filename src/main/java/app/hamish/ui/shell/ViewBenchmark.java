package app.hamish.ui.shell;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;

/**
 * Opens a 1,000,000-character article with 10,000 annotations in the real workbench window (headless) and reports
 * the time until its first screen is laid out and answers input, the time per scrolled screen, and the heap.
 */
public final class ViewBenchmark {
    private static final String[] WORDS = {"القاهرة", "دمشق", "مصادر", "مطلعة", "الرئيس", "وزير", "الخارجية",
            "زيارة", "أمني", "رفيع", "المستوى", "مملوك", "السيسي", "والقاهرة", "بـ59", "(Tomahawk)", "2017",
            "مواجـ.ـهة", "السـ.ـرية", "التنسيق", "الاستخباراتية", "وقالت", "«علي", "مملوك»", "،"};

    private static final String SHORT_ARTICLE = "short";
    /** Tags on the long article beside the annotator whose layer is under review there. */
    private static final String ANALYST = "bench-analyst";
    private static final String REVIEWER = "bench-reviewer";
    /** The threads that suggest and train off the FX thread, as in the application. */
    static final String SUGGESTING = "hamish-background";
    static final String TRAINING = "hamish-training";

    private ViewBenchmark() {
    }

    /** @param presses how many times each key is timed for the edit latencies */
    public static void run(Path folder, int characters, int annotations, int presses, PrintWriter out) {
        Path database = folder.resolve("view-bench.db");
        String articleId = prepare(database, characters, annotations, out);
        HeadlessFx.start();
        System.gc();
        long start = System.nanoTime();
        WorkbenchWindow window = open(database, ANALYST, Annotator.Role.ANNOTATOR, SHORT_ARTICLE);
        interactive(window);
        out.printf(Locale.ROOT, "window: %.0f ms to open the workbench (cold JavaFX) on a short article%n",
                (System.nanoTime() - start) / 1e6);

        // What the analyst waits for: choosing the long article in the list until its first screen answers.
        System.gc();
        AtomicLong suggested = HeadlessFx.call(() -> whenSuggestedBeyond(window));
        long[] fxBefore = HeadlessFx.call(ViewBenchmark::fxThreadSpent);
        start = System.nanoTime();
        HeadlessFx.run(() -> window.openArticle(articleId));
        interactive(window);
        double interactiveMs = (System.nanoTime() - start) / 1e6;
        long[] fxAfter = HeadlessFx.call(ViewBenchmark::fxThreadSpent);
        int visible = HeadlessFx.call(() -> window.articleView().visibleParagraphCount());
        out.printf(Locale.ROOT, "open: %.0f ms from choosing the article to an interactive first screen "
                + "(%d paragraphs visible; target < 1500 ms)%n", interactiveMs, visible);
        // What a neighbour's load moves little (decision 0083): the wall time swings several times with it.
        int[] nodes = HeadlessFx.call(() -> nodesAndCanvases(window.articleView()));
        out.printf(Locale.ROOT, "  of which the FX thread's processor time %.0f ms, %.1f MB allocated on it; the "
                + "article view's first screen: %d nodes, %d canvases%n", (fxAfter[0] - fxBefore[0]) / 1e6,
                (fxAfter[1] - fxBefore[1]) / 1e6, nodes[0], nodes[1]);

        // From here until the suggestions have come and been drawn, how long the FX thread keeps anything waiting.
        FxAnswers answers = FxAnswers.start(() -> suggested.get() != 0
                && !window.articleView().buildingHighlights());
        int screens = 200;
        double perScreen = scroll(window, screens);
        out.printf(Locale.ROOT, "scroll: %.1f ms per screen scrolled and laid out, over %d screens%n", perScreen,
                screens);
        // Waited for after the scroll, which the bench has always timed while they are computed.
        HeadlessFx.await(() -> suggested.get() != 0, Duration.ofMinutes(2),
                "the long article's suggestions never came");
        out.printf(Locale.ROOT, "suggestions: shown %.0f ms after choosing the long article (computed once its first "
                + "screen is drawn, decision 0086)%n", (suggested.get() - start) / 1e6);
        // Their highlights are built beside and drawn once built (decision 0105).
        HeadlessFx.await(() -> answers.drawnAt() != 0, Duration.ofMinutes(2),
                "the long article's highlights were never drawn");
        long drawn = answers.drawnAt();
        sleepUntil(drawn + Duration.ofSeconds(1).toNanos());
        long longest = answers.stop();
        out.printf(Locale.ROOT, "  their highlights drawn %.0f ms after choosing it (built off the FX thread, decision "
                + "0105); the FX thread's longest wait to answer from the first screen until 1 s after: %.0f ms, "
                + "while it scrolled in steps of %.1f ms (target: the view never blocked)%n", (drawn - start) / 1e6,
                longest / 1e6, perScreen);
        // Scrolled from the top again with the highlights drawn, each screen brings paragraphs whose hundreds of
        // suggestions' dashed outlines are painted anew (decision 0106): what that costs the FX thread and the
        // renderer.
        HeadlessFx.run(() -> {
            window.articleView().scrollToOffset(0);
            window.stage().getScene().getRoot().layout();
        });
        HeadlessFx.awaitNextFrame(window.stage().getScene());
        AfterKeys spending = new AfterKeys();
        AfterKeys.Spent dense = new AfterKeys.Spent();
        spending.press(dense);
        int denseScreens = 100;
        double densePerScreen = scroll(window, denseScreens);
        HeadlessFx.awaitNextFrame(window.stage().getScene());
        spending.end();
        out.printf(Locale.ROOT, "  scrolled from the top over them: %.1f ms per screen; processor time per screen: "
                + "FX thread %.1f ms, renderer %.1f ms (%d screens)%n", densePerScreen,
                dense.fxCpuNanos() / 1e6 / denseScreens, dense.rendererCpuNanos() / 1e6 / denseScreens, denseScreens);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf(Locale.ROOT, "heap: %d MB in use after GC with the article open (target < 1024 MB)%n",
                heap >> 20);

        EditLatency edits = EditLatency.on(window, out);
        edits.tagDeleteUndo(presses);
        edits.acceptSuggestions(presses);
        HeadlessFx.run(window::close);

        WorkbenchWindow review = open(database, REVIEWER, Annotator.Role.REVIEWER, articleId);
        interactive(review);
        // As before the analyst's keys: the reviewer's keys start once the opening's background work is done and
        // the heap measured. Without, the young collections of the first presses copied the opening's article and
        // suggestions (about 200 MB promoted) and were charged to the reviewer's A (decision 0070).
        EditLatency reviewing = EditLatency.on(review, out);
        reviewing.awaitOffered();
        System.gc();
        out.printf(Locale.ROOT, "review heap: %d MB in use after GC with the article open in the reviewer's "
                + "window (the analyst's closed)%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                .getUsed() >> 20);
        reviewing.reviewAccept(presses);
        HeadlessFx.run(review::close);
    }

    private static WorkbenchWindow open(Path database, String annotator, Annotator.Role role, String articleId) {
        WorkbenchWindow window = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            return WorkbenchWindow.open(stage, Workspace.open(database), new WorkbenchWindow.Options(annotator,
                    role, articleId, Locale.ENGLISH,
                    BackgroundWork.singleThread(SUGGESTING), BackgroundWork.singleThread(TRAINING),
                    question -> java.util.Optional.empty(), SessionMemory.NONE)).orElseThrow();
        });
        window.awaitFilled();
        return window;
    }

    /**
     * When the first suggestion of another article than the one open now is shown, once it is: its stamp, else 0. On
     * the FX thread.
     */
    private static AtomicLong whenSuggestedBeyond(WorkbenchWindow window) {
        long open = window.session().article().id();
        AtomicLong shown = new AtomicLong();
        window.suggestionsModel().offered().addListener((ListChangeListener<Suggestion>) change -> {
            while (shown.get() == 0 && change.next()) {
                if (change.getAddedSubList().stream().anyMatch(suggestion -> suggestion.articleId() != open)) {
                    shown.set(System.nanoTime());
                }
            }
        });
        return shown;
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Scrolls {@code screens} screens down, each laid out: the milliseconds per screen. */
    private static double scroll(WorkbenchWindow window, int screens) {
        long start = System.nanoTime();
        for (int i = 0; i < screens; i++) {
            HeadlessFx.run(() -> {
                window.articleView().scrollByScreen();
                window.stage().getScene().getRoot().layout();
            });
        }
        return (System.nanoTime() - start) / 1e6 / screens;
    }

    /** The calling thread's processor time and bytes allocated so far. */
    private static long[] fxThreadSpent() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        return new long[] {threads.getCurrentThreadCpuTime(), threads.getCurrentThreadAllocatedBytes()};
    }

    /** How many nodes there are under {@code root}, itself included, and how many of them are canvases. */
    private static int[] nodesAndCanvases(Node root) {
        int[] counts = {1, root instanceof Canvas ? 1 : 0};
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                int[] below = nodesAndCanvases(child);
                counts[0] += below[0];
                counts[1] += below[1];
            }
        }
        return counts;
    }

    /** Interactive: the screen has been laid out and the FX thread answers the next event. */
    private static void interactive(WorkbenchWindow window) {
        HeadlessFx.run(() -> window.stage().getScene().getRoot().layout());
        HeadlessFx.run(() -> { });
    }

    private static String prepare(Path database, int characters, int count, PrintWriter out) {
        try (Workspace workspace = Workspace.open(database)) {
            workspace.corpus().importArticles(List.of(ArticleFiles.fromText("مقالة قصيرة يفتحها النافذة أولًا"
                    .getBytes(StandardCharsets.UTF_8), SHORT_ARTICLE + ".txt", SHORT_ARTICLE + ".txt")));
            Article article = longArticle(workspace, characters, count, "bench");
            Annotator annotator = workspace.annotations().annotator("bench", Annotator.Role.ANNOTATOR);
            Annotator reviewer = workspace.annotations().annotator(REVIEWER, Annotator.Role.REVIEWER);
            if (workspace.review().state(article.id(), annotator.id()) == WorkflowState.NEW) {
                workspace.review().transition(article.id(), annotator.id(), WorkflowTransition.START, annotator, "",
                        null);
            }
            workspace.review().transition(article.id(), annotator.id(), WorkflowTransition.SUBMIT, annotator, "", null);
            workspace.review().transition(article.id(), annotator.id(), WorkflowTransition.TAKE_FOR_REVIEW, reviewer,
                    "", null);
            out.printf(Locale.ROOT, "article: %d characters in %d paragraphs, %d annotations%n",
                    article.text().codePointLength(), article.text().value().chars().filter(c -> c == '\n').count() + 1,
                    workspace.annotations().ofArticle(article.id()).size());
            return article.externalId();
        }
    }

    /**
     * The benchmarks' long article: words of Arabic news at random, paragraphs of 120 words, imported with
     * {@code count} annotations by {@code annotator} spread evenly over it (those that would be blank left out).
     */
    public static Article longArticle(Workspace workspace, int characters, int count, String annotatorName) {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder(characters + 100);
        int words = 0;
        while (text.length() < characters) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(++words % 120 == 0 ? "\n\n" : " ");
        }
        text.setLength(characters);
        Article article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                text.toString().getBytes(StandardCharsets.UTF_8), "long.txt", "long.txt"))).imported().getFirst();
        Annotator annotator = workspace.annotations().annotator(annotatorName, Annotator.Role.ANNOTATOR);
        List<NewAnnotation> spans = new ArrayList<>(count);
        int stride = characters / count;
        String[] labels = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
        for (int i = 0; i < count; i++) {
            int start = i * stride + 1;
            Span span = new Span(start, start + Math.max(2, Math.min(stride - 2, 6 + random.nextInt(30))));
            spans.add(new NewAnnotation(article.id(), annotator.id(), span, labels[i % 3], null, "",
                    Provenance.MANUAL));
        }
        workspace.annotations().createAll(spans.stream().filter(span -> article.text().contains(span.span())
                && !article.text().slice(span.span()).isBlank()).toList());
        return article;
    }
}
