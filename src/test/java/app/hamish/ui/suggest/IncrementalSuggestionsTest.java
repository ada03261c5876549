package app.hamish.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.CueLexicon;
import app.hamish.model.Label;
import app.hamish.model.Suggestion;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.service.recommender.CairoArticles;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.shell.HeadlessFx;
import app.hamish.ui.shell.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that changes a few annotations changes the offered suggestions only where it can (decision 0041): the
 * suggestions kept that way must be those a computation of the whole article gives, after any sequence of the
 * analyst's tags, deletions, relabellings, undos, redos, accepted and rejected suggestions.
 */
class IncrementalSuggestionsTest {
    private static final String[] LABELS = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
    private static final int STEPS = 120;

    @TempDir
    Path folder;
    private Workspace workspace;
    private final Queue<Task<?>> queued = new ConcurrentLinkedQueue<>();

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void suggestionsKeptAcrossEditsEqualThoseComputedAfresh() {
        workspace = Workspace.open(folder.resolve("w.db"));
        // The Cairo articles, one after the other: names and places said again and again, cues, reported claims.
        Article article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                String.join("\n\n", CairoArticles.TEXTS).getBytes(StandardCharsets.UTF_8), "cairo.txt",
                "cairo.txt"))).imported().getFirst();
        CueLexicon lexicon = CueLexicons.load(List.of());
        SuggestionService service = workspace.suggestions(lexicon);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        ArticleSession session = HeadlessFx.call(() -> new ArticleSession(workspace, () -> mona,
                Messages.bundle(Locale.ENGLISH)));
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            session.open(article);
            return new SuggestionsViewModel(session, service, queued::add);
        });
        computeAll();
        List<Suggestion> replayed = new ArrayList<>(HeadlessFx.call(() -> List.copyOf(suggestions.offered())));
        HeadlessFx.run(() -> suggestions.offered().addListener((ListChangeListener<Suggestion>) change -> {
            while (change.next()) {
                replayed.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                replayed.addAll(change.getFrom(), change.getAddedSubList());
            }
        }));
        AnnotateViewModel annotate = new AnnotateViewModel(session);
        Random random = new Random(41);
        int length = article.text().codePointLength();
        int edits = 0;
        long wholeForEdits = 0;

        for (int step = 0; step < STEPS; step++) {
            int what = random.nextInt(10);
            String label = LABELS[random.nextInt(LABELS.length)];
            String subtype = label.equals(Label.ENTITY) && random.nextBoolean() ? "person" : null;
            int at = random.nextInt(length);
            int words = random.nextInt(3);
            long wholeBefore = service.wholeArticles();
            String did = HeadlessFx.call(() -> switch (what) {
                case 0, 1, 2 -> {
                    annotate.select(at, Math.min(length, at + 1 + words * 6), false);
                    annotate.annotate(label, subtype);
                    yield "tag";
                }
                case 3 -> {
                    List<Annotation> shown = session.annotations();
                    if (!shown.isEmpty()) {
                        annotate.click(shown.get(at % shown.size()));
                        annotate.deleteSelected();
                    }
                    yield "delete";
                }
                case 4 -> {
                    List<Annotation> shown = session.annotations();
                    if (!shown.isEmpty()) {
                        session.clearSelection();
                        annotate.click(shown.get(at % shown.size()));
                        annotate.annotate(label, subtype);
                    }
                    yield "relabel";
                }
                case 5 -> {
                    session.undo();
                    yield "undo";
                }
                case 6 -> {
                    session.redo();
                    yield "redo";
                }
                case 7, 8 -> {
                    annotate.select(at, at + 1, false);
                    suggestions.next();
                    suggestions.accept();
                    yield "accept";
                }
                default -> {
                    annotate.select(at, at + 1, false);
                    suggestions.next();
                    suggestions.reject();
                    yield "reject";
                }
            });

            computeAll();
            List<Suggestion> offered = HeadlessFx.call(() -> List.copyOf(suggestions.offered()));
            assertThat(offered).as("after step %d (%s)", step, did)
                    .isEqualTo(workspace.suggestions(lexicon).offered(article, false, true));
            assertThat(replayed).as("the list's changes, replayed, after step %d (%s)", step, did)
                    .isEqualTo(offered);
            if (!did.equals("reject")) {
                edits++;
                wholeForEdits += service.wholeArticles() - wholeBefore;
            }
        }

        // Only an edit annotating a string rejected as a suggestion, or no longer annotating one, needs it: with a
        // rejection in every ten steps on a short article, about one edit in ten.
        assertThat(wholeForEdits).as("edits answered by computing the whole article again, of %d", edits)
                .isLessThan(edits / 4);
    }

    /** Runs the computations asked for, one after the other on a worker as the workbench does, until none is left. */
    private void computeAll() {
        for (Task<?> task = queued.poll(); task != null; task = queued.poll()) {
            Thread worker = Thread.ofPlatform().name("test-background").start(task);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            // The task posted its outcome to the FX thread before ending: handled, it may ask for the next run.
            HeadlessFx.run(() -> { });
        }
    }
}
