package app.hamish.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.CueLexicon;
import app.hamish.model.KeptSuggestions;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.SuggestionSources;
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
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that changes a few annotations changes the offered suggestions only where it can (decision 0041): the
 * suggestions kept that way must be those a computation of the whole article gives, after any sequence of the
 * analyst's tags, deletions, relabellings, undos, redos, accepted and rejected suggestions. The whole computation is
 * made here as before decision 0041 ({@link SuggestionFinder#offered}, then the sources hidden, then the strings
 * rejected), not through the service's kept suggestions, from the sources the service reads: with and without the
 * corpus's annotated strings, and with a model the recommender trained as the analyst works.
 */
class IncrementalSuggestionsTest {
    private static final String[] LABELS = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
    private static final int STEPS = 120;
    /** Steps between two trainings, when the recommender is trained: the next steps use the new model's finds. */
    private static final int TRAINING_EVERY = 20;

    @TempDir
    Path folder;
    private Workspace workspace;
    private final Queue<Task<?>> queued = new ConcurrentLinkedQueue<>();
    private final CueLexicon lexicon = CueLexicons.load(List.of());

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void suggestionsKeptAcrossEditsEqualThoseComputedAfresh() {
        run(false, false);
    }

    @Test
    void suggestionsKeptAcrossEditsEqualThoseComputedAfreshAcrossTheCorpus() {
        run(true, false);
    }

    @Test
    void suggestionsKeptAcrossEditsEqualThoseComputedAfreshWithATrainedModel() {
        run(false, true);
    }

    private void run(boolean acrossCorpus, boolean trained) {
        workspace = Workspace.open(folder.resolve("w.db"));
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        // Cairo annotated in three short articles: strings the corpus proposes, and enough entities to train on.
        for (Article other : CairoArticles.importInto(workspace).subList(0, 3)) {
            CairoArticles.annotateEvery(workspace, mona, other);
        }
        // The same texts in one more article, every third word annotated: strings the corpus proposes that this
        // article's own annotations mostly do not, so corpus suggestions stay offered beside propagation's.
        Article elsewhere = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                String.join(" ", CairoArticles.TEXTS).getBytes(StandardCharsets.UTF_8), "elsewhere.txt",
                "elsewhere.txt"))).imported().getFirst();
        Matcher word = Pattern.compile("\\p{L}+").matcher(elsewhere.text().value());
        for (int i = 0; word.find(); i++) {
            if (i % 3 == 0) {
                workspace.annotations().create(new NewAnnotation(elsewhere.id(), mona.id(),
                        elsewhere.text().spanFromUtf16(word.start(), word.end()), LABELS[i / 3 % LABELS.length],
                        null, "", Provenance.MANUAL));
            }
        }
        // The Cairo articles, one after the other: names and places said again and again, cues, reported claims.
        Article article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                String.join("\n\n", CairoArticles.TEXTS).getBytes(StandardCharsets.UTF_8), "cairo.txt",
                "cairo.txt"))).imported().getFirst();
        walk(article, mona, acrossCorpus, trained, service -> {
            if (trained) {
                assertThat(SuggestionSources.of(service, article, List.of(), false, true).recommended())
                        .as("the model finds something in the article").isNotEmpty();
            }
            if (acrossCorpus) {
                assertThat(asBefore(service, article, true)).as("the corpus proposes something")
                        .hasSizeGreaterThan(asBefore(service, article, false).size());
            }
        });
    }

    /**
     * Three sample articles signed off as gold with their unnamed sources marked as the phrases that name them, where
     * the cue lexicon proposes the cue before them: mostly wrong there, the lexicon is hidden on a fourth article
     * (as in {@code ImpreciseSourcesTest}).
     */
    @Test
    void suggestionsKeptAcrossEditsEqualThoseComputedAfreshWithASourceHidden() {
        workspace = Workspace.open(folder.resolve("w.db"));
        workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        Map.of("000_8c93457ec6c28807", List.of("مصادر مطلعة", "مصادر إعلامية موالية لنظام «بشار الأسد»"),
                "002_687307a86b555fe6", List.of("مصادر إعلامية", "مصادر دبلوماسية مطلعة", "مصادرها الخاصة"),
                "004_cbaf4748d8bd31e8", List.of("مصادر صحفية")).forEach((id, phrases) -> {
                    Article gold = workspace.corpus().article(id).orElseThrow();
                    String text = gold.text().value();
                    for (String phrase : phrases) {
                        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                            workspace.annotations().create(new NewAnnotation(gold.id(), mona.id(),
                                    gold.text().spanFromUtf16(at, at + phrase.length()), Label.UNVERIFIED_SOURCE,
                                    null, "", Provenance.MANUAL));
                        }
                    }
                    workspace.review().transition(gold.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
                    workspace.review().transition(gold.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir,
                            "", null);
                    for (Annotation annotation : workspace.annotations().ofArticle(gold.id())) {
                        workspace.review().decide(annotation.id(), samir, ReviewStatus.ACCEPTED, "", null);
                    }
                    workspace.review().transition(gold.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "",
                            null);
                });
        walk(workspace.corpus().article("003_1ba4dc8c3db29aaa").orElseThrow(), mona, false, true,
                service -> assertThat(service.imprecise()).as("a source hidden").containsKey(SuggestionSource.LEXICON));
    }

    /**
     * Opens the article, computes its suggestions as the workbench does, checks with {@code exercised} that what the
     * run is about is there, then walks the steps, checking the suggestions after each.
     *
     * @param trained whether the recommender is trained first and every {@link #TRAINING_EVERY} steps
     */
    private void walk(Article article, Annotator mona, boolean acrossCorpus, boolean trained,
                      Consumer<SuggestionService> exercised) {
        SuggestionService service = workspace.suggestions(lexicon);
        if (trained) {
            assertThat(service.retrain("mona")).as("a model, or sources hidden").isPositive();
        }
        HeadlessFx.start();
        ArticleSession session = HeadlessFx.call(() -> new ArticleSession(workspace, () -> mona,
                Messages.bundle(Locale.ENGLISH)));
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            session.open(article);
            SuggestionsViewModel model = new SuggestionsViewModel(session, service, queued::add);
            model.acrossCorpusProperty().set(acrossCorpus);
            return model;
        });
        computeAll();
        exercised.accept(service);
        List<Suggestion> replayed = new ArrayList<>(HeadlessFx.call(() -> List.copyOf(suggestions.offered())));
        List<Suggestion> wentOrCame = new ArrayList<>();
        HeadlessFx.run(() -> suggestions.offered().addListener((ListChangeListener<Suggestion>) change -> {
            while (change.next()) {
                wentOrCame.addAll(change.getRemoved());
                wentOrCame.addAll(change.getAddedSubList());
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
            if (trained && step > 0 && step % TRAINING_EVERY == 0) {
                // As RecommenderTraining does after a pause: a new model, then the suggestions computed again.
                service.retrain("mona");
                HeadlessFx.run(suggestions::refresh);
                computeAll();
            }
            int what = random.nextInt(10);
            String label = LABELS[random.nextInt(LABELS.length)];
            String subtype = label.equals(Label.ENTITY) && random.nextBoolean() ? "person" : null;
            int at = random.nextInt(length);
            int words = random.nextInt(3);
            long wholeBefore = service.wholeArticles();
            List<Suggestion> before = List.copyOf(replayed);
            wentOrCame.clear();
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
                    .isEqualTo(asBefore(service, article, acrossCorpus));
            assertThat(replayed).as("the list's changes, replayed, after step %d (%s)", step, did)
                    .isEqualTo(offered);
            // Compared where the service computed again, the list changes by what differs alone (decision 0062).
            List<Suggestion> differences = new ArrayList<>(before);
            differences.removeAll(offered);
            offered.stream().filter(suggestion -> !before.contains(suggestion)).forEach(differences::add);
            assertThat(wentOrCame).as("what went or came at step %d (%s)", step, did)
                    .containsExactlyInAnyOrderElementsOf(differences);
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

    /**
     * The article's suggestions computed whole, as the service did before decision 0041, from the sources it reads
     * now: what the finder offers, without the sources hidden, without the strings rejected.
     */
    private List<Suggestion> asBefore(SuggestionService service, Article article, boolean acrossCorpus) {
        List<Annotation> annotations = workspace.annotations().ofArticle(article.id());
        KeptSuggestions.Sources from = SuggestionSources.of(service, article, annotations, acrossCorpus, true);
        SuggestionFinder finder = new SuggestionFinder(lexicon);
        List<Suggestion> offered = finder.offered(article, finder.fromText(article), annotations, from.rejected(),
                from.recommended(), from.elsewhere(), from.convention()).stream()
                .filter(suggestion -> !from.hidden().contains(suggestion.source())).toList();
        return from.strings().without(article.text(), offered, annotations);
    }

    /** Runs the computations asked for, one after the other on a worker as the workbench does, until none is left. */
    private void computeAll() {
        // A task's outcome, handled on the FX thread, may ask for the next run.
        for (Task<?> task = queued.poll(); task != null; task = queued.poll()) {
            OnAWorker.run(task);
        }
    }
}
