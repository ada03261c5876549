package app.hamish.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.service.recommender.CairoArticles;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.shell.BackgroundWork;
import app.hamish.ui.shell.HeadlessFx;
import app.hamish.ui.shell.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggestions and the recommender's training run as background tasks that the tests hold and then run, on a
 * worker thread or in an order of their choosing, so that what reaches the FX thread, and when, is deterministic.
 */
class SuggestionsViewModelTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private List<Article> articles;
    private SuggestionService service;
    private ArticleSession model;
    private final List<Task<?>> queued = new ArrayList<>();
    /** What waits for the frame showing an opened article, run when the test draws it. */
    private final List<Runnable> frames = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        articles = CairoArticles.importInto(workspace);
        service = workspace.suggestions(CueLexicons.load(List.of()));
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        model = HeadlessFx.call(() -> new ArticleSession(workspace, () -> mona,
                Messages.bundle(Locale.ENGLISH)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void suggestionsAreComputedOnAWorkerAndArriveOnTheFxThread() {
        Article withCue = articles.get(3);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(withCue);
            return new SuggestionsViewModel(model, service, queued::add);
        });
        assertThat(offered(suggestions)).as("the FX thread only starts the work").isEmpty();
        assertThat(queued).hasSize(1);

        OnAWorker.run(queued.getFirst());
        assertThat(offered(suggestions)).isNotEmpty().allSatisfy(suggestion -> {
            assertThat(suggestion.articleId()).isEqualTo(withCue.id());
            assertThat(suggestion.source()).isIn(SuggestionSource.LEXICON, SuggestionSource.REPORTING);
        });
    }

    @Test
    void anArticleOfAMillionCharactersGetsSuggestionsToo() {
        String paragraph = "قالت مصادر مطلعة إن الوفد زار القاهرة أمس.\n";
        Article book = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                paragraph.repeat(1_000_000 / paragraph.length() + 1).getBytes(StandardCharsets.UTF_8), "book.txt",
                "book.txt"))).imported().getFirst();
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(book);
            return new SuggestionsViewModel(model, service, BackgroundWork.synchronous()::run);
        });
        assertThat(book.text().codePointLength()).isGreaterThan(1_000_000);
        assertThat(offered(suggestions)).as("the last paragraph's cue, a million characters in")
                .anySatisfy(suggestion -> assertThat(suggestion.span().start())
                        .isGreaterThan(book.text().codePointLength() - paragraph.length()));
    }

    @Test
    void aResultForAnArticleNoLongerOpenIsDropped() {
        Article first = articles.get(3);
        Article second = articles.get(0);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(first);
            return new SuggestionsViewModel(model, service, queued::add);
        });
        HeadlessFx.run(() -> {
            // Computed on the worker while the FX thread is busy; its outcome waits for the FX thread.
            join(Thread.ofPlatform().start(queued.getFirst()));
            model.open(second);
        });
        HeadlessFx.run(() -> { });
        assertThat(offered(suggestions)).as("computed for the article closed meanwhile").isEmpty();
        assertThat(queued).as("computed again for the open one").hasSize(2);

        HeadlessFx.run(() -> annotate(second, CairoArticles.cairoIn(second.text()).getFirst()));
        assertThat(queued).as("the computation still waiting replaced by one after the annotation").hasSize(3);
        HeadlessFx.run(() -> queued.get(1).run());
        assertThat(offered(suggestions)).as("asked for before the annotation").isEmpty();
        HeadlessFx.run(() -> queued.get(2).run());
        // Propagation of the new annotation, beside the claims the article's reporting verbs introduce.
        assertThat(offered(suggestions)).extracting(Suggestion::source).contains(SuggestionSource.PROPAGATION)
                .containsOnly(SuggestionSource.PROPAGATION, SuggestionSource.REPORTING);
    }

    /**
     * An opened article's suggestions are asked for once the frame showing it is drawn, not beside the opening, which
     * they took a core from (decision 0086); they then arrive as computed.
     */
    @Test
    void anOpenedArticlesSuggestionsAreAskedForAfterTheFrameShowingIt() {
        Article withCue = articles.get(3);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> new SuggestionsViewModel(model, service,
                queued::add, frames::add));
        OnAWorker.run(queued.removeFirst());

        HeadlessFx.run(() -> model.open(withCue));
        assertThat(queued).as("computations asked for before the opened article's frame").isEmpty();
        assertThat(frames).hasSize(1);

        HeadlessFx.run(() -> frames.removeFirst().run());
        assertThat(queued).as("computations asked for after it").hasSize(1);
        OnAWorker.run(queued.removeFirst());
        assertThat(offered(suggestions)).isNotEmpty()
                .allSatisfy(suggestion -> assertThat(suggestion.articleId()).isEqualTo(withCue.id()));
    }

    /**
     * An article left before its suggestions arrive: what is computed for it is never shown on the next, although
     * the next one's are not asked for until its frame is drawn.
     */
    @Test
    void anArticleLeftBeforeItsSuggestionsArriveNeverShowsThemOnTheNext() {
        Article first = articles.get(3);
        Article second = articles.get(0);
        SuggestionsViewModel suggestions = drawnOpen(first);
        assertThat(service.offered(first, false)).as("the first article has suggestions to show").isNotEmpty();

        HeadlessFx.run(() -> {
            // Computed on the worker while the FX thread opens the next article; its outcome waits for the FX thread.
            join(Thread.ofPlatform().start(queued.removeFirst()));
            model.open(second);
        });
        HeadlessFx.run(() -> { });
        assertThat(offered(suggestions)).as("suggestions shown before the next article's frame").isEmpty();

        HeadlessFx.run(() -> frames.removeFirst().run());
        OnAWorker.run(queued.removeFirst());
        assertThat(offered(suggestions)).isEqualTo(service.offered(second, false));
    }

    /**
     * Right after another article is opened, the article left's suggestions are still listed until the new one's
     * arrive (seconds on a long article): neither stepping nor accepting them all may reach them, as that put their
     * offsets on the new text and their annotations into the article left.
     */
    @Test
    void keysBeforeTheOpenedArticlesSuggestionsArriveNeitherStepToNorAcceptTheArticleLefts() {
        Article first = articles.get(3);
        Article second = articles.get(0);
        SuggestionsViewModel suggestions = drawnOpen(first);
        OnAWorker.run(queued.removeFirst());
        assertThat(offered(suggestions)).as("the first article's suggestions, shown").isNotEmpty();
        assertThat(HeadlessFx.call(suggestions::next)).as("one of them stepped to").isPresent();

        HeadlessFx.run(() -> model.open(second));
        assertThat(HeadlessFx.call(() -> suggestions.currentProperty().get())).as("the suggestion stepped to").isNull();
        assertThat(HeadlessFx.call(suggestions::next)).as("stepped to before the article's own arrive").isEmpty();
        assertThat(HeadlessFx.call(suggestions::previous)).isEmpty();
        HeadlessFx.run(suggestions::acceptAll);
        assertThat(workspace.annotations().ofArticle(first.id())).as("accepted into the article left").isEmpty();
        assertThat(workspace.annotations().ofArticle(second.id())).isEmpty();
    }

    /**
     * A key's request made while the article's computation runs, then another article opened: neither is answered
     * beside the opening; the opened article's one computation waits for its frame (decision 0086).
     */
    @Test
    void aRequestMadeForTheArticleLeftStartsNoComputationBesideTheOpening() {
        Article first = articles.get(3);
        Article second = articles.get(0);
        SuggestionsViewModel suggestions = drawnOpen(first);
        HeadlessFx.run(() -> {
            // Begun on the worker; its outcome waits for the FX thread, which first annotates, then opens the next.
            join(Thread.ofPlatform().start(queued.removeFirst()));
            annotate(first, CairoArticles.cairoIn(first.text()).getFirst());
            model.open(second);
        });
        HeadlessFx.run(() -> { });
        assertThat(queued).as("computations started before the opened article's frame").isEmpty();
        assertThat(offered(suggestions)).isEmpty();

        HeadlessFx.run(() -> frames.removeFirst().run());
        assertThat(queued).hasSize(1);
        OnAWorker.run(queued.removeFirst());
        assertThat(offered(suggestions)).isEqualTo(service.offered(second, false));
    }

    /**
     * Keys faster than the suggestions: each asks for them, and a computation still waiting for the worker is
     * replaced by the next key's, so a burst costs one computation, of the state after its last key (decision 0062).
     */
    @Test
    void aBurstOfKeysIsComputedOnceForTheStateAfterTheLast() {
        Article article = articles.get(0);
        SuggestionsViewModel suggestions = suggestedOn(article);
        // Tag, undo, redo, undo: the first key's state would propose the tag's string at Cairo's other place; the
        // last state has no tag, so nothing is proposed from it.
        HeadlessFx.run(() -> annotate(article, CairoArticles.cairoIn(article.text()).getFirst()));
        HeadlessFx.run(model::undo);
        HeadlessFx.run(model::redo);
        HeadlessFx.run(model::undo);

        int computed = 0;
        while (!queued.isEmpty()) {
            Task<?> task = queued.removeFirst();
            OnAWorker.run(task);
            computed += HeadlessFx.call(task::getValue) == null ? 0 : 1;
        }
        assertThat(computed).as("computations for four keys").isEqualTo(1);
        assertThat(offered(suggestions)).extracting(Suggestion::source).doesNotContain(SuggestionSource.PROPAGATION);
    }

    /**
     * Opening an article asks for its suggestions once it is shown with its annotations: not for the article left
     * (its annotations cleared first) nor for the new one before its annotations are there.
     */
    @Test
    void openingAnArticleAsksForItsSuggestionsOnceWithItsAnnotations() {
        Article left = articles.get(3);
        Article opened = articles.get(0);
        for (Article article : List.of(left, opened)) {
            tagCairo(article, "mona");
        }
        SuggestionsViewModel suggestions = suggestedOn(left);

        HeadlessFx.run(() -> model.open(opened));
        assertComputedOnce("the opening", suggestions, opened);
    }

    /** Another analyst's annotation reaches the session by a reload (decision 0041), and its suggestions with it. */
    @Test
    void anotherAnalystsAnnotationShownByAReloadIsSuggestedFrom() {
        Article article = articles.get(0);
        SuggestionsViewModel suggestions = suggestedOn(article);
        assertThat(offered(suggestions)).extracting(Suggestion::source).doesNotContain(SuggestionSource.PROPAGATION);

        tagCairo(article, "samir");
        HeadlessFx.run(model::reload);
        assertComputedOnce("the reload", suggestions, article);
    }

    @Test
    void askingForTheCorpusProposesWhatIsAnnotatedInOtherArticles() {
        Article annotated = articles.get(0);
        Article open = articles.get(3);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            SuggestionsViewModel created = new SuggestionsViewModel(model, service,
                    BackgroundWork.synchronous()::run);
            model.open(annotated);
            annotate(annotated, CairoArticles.cairoIn(annotated.text()).getFirst());
            model.open(open);
            return created;
        });
        assertThat(offered(suggestions)).extracting(Suggestion::source).doesNotContain(SuggestionSource.CORPUS);

        HeadlessFx.run(() -> suggestions.acrossCorpusProperty().set(true));
        assertThat(offered(suggestions)).filteredOn(suggestion -> suggestion.source() == SuggestionSource.CORPUS)
                .extracting(Suggestion::span, Suggestion::label)
                .containsExactly(tuple(CairoArticles.CAIRO_IN_NEW, Label.ENTITY));
    }

    @Test
    void changesDuringATrainingAreLearnedByOneMoreAndTheNewModelIsSuggestedFrom() {
        Article unseen = articles.get(3);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            SuggestionsViewModel created = new SuggestionsViewModel(model, service,
                    BackgroundWork.synchronous()::run);
            RecommenderTraining.start(model, service, "mona", created, queued::add);
            for (Article article : articles.subList(0, 3)) {
                model.open(article);
                CairoArticles.cairoIn(article.text()).forEach(span -> annotate(article, span));
            }
            model.open(unseen);
            return created;
        });
        assertThat(queued).as("every change came while the first training waited").hasSize(1);

        OnAWorker.run(queued.getFirst());
        assertThat(queued).as("one more training for all those changes").hasSize(2);
        assertThat(offered(suggestions)).extracting(Suggestion::source).doesNotContain(SuggestionSource.RECOMMENDER);

        OnAWorker.run(queued.get(1));
        assertThat(queued).hasSize(2);
        assertThat(offered(suggestions)).filteredOn(suggestion -> suggestion.source() == SuggestionSource.RECOMMENDER)
                .extracting(Suggestion::span).containsExactly(CairoArticles.CAIRO_IN_NEW);
        String hint = HeadlessFx.call(() -> {
            suggestions.next();
            return model.hintProperty().get();
        });
        assertThat(hint).as("the source is named when the analyst steps to it")
                .containsPattern("entity model .*\\(model \\d\\.\\d\\d\\)");
    }

    /**
     * In the workbench the recommender trains once the analyst pauses (decision 0040): the changes of a burst of
     * keys start no training while they come, and one training after them learns them all.
     */
    @Test
    void aBurstOfChangesIsLearnedByOneTrainingOnceTheAnalystPauses() {
        List<Task<?>> trainings = new java.util.concurrent.CopyOnWriteArrayList<>();
        HeadlessFx.run(() -> RecommenderTraining.start(model, service, "mona",
                new SuggestionsViewModel(model, service, BackgroundWork.synchronous()::run), task -> {
                    trainings.add(task);
                    task.run();
                }, javafx.util.Duration.seconds(5)));
        HeadlessFx.settle();
        // Key after key, each shown before the next, as an analyst tags.
        for (Article article : articles.subList(0, 3)) {
            HeadlessFx.run(() -> model.open(article));
            for (Span span : CairoArticles.cairoIn(article.text())) {
                HeadlessFx.run(() -> annotate(article, span));
                HeadlessFx.settle();
            }
        }
        assertThat(trainings).as("only the first training, when the window opened").hasSize(1);

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (trainings.size() < 2 && System.nanoTime() < deadline) {
            HeadlessFx.settle();
        }
        assertThat(trainings).as("one training for the whole burst, after it").hasSize(2);
    }

    /** A change just before the window closes starts no training once its pause ends, on a closed workspace. */
    @Test
    void aChangeJustBeforeTheWindowClosesTrainsNoMoreOnceStopped() throws Exception {
        List<Task<?>> trainings = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.util.Duration pause = javafx.util.Duration.millis(300);
        RecommenderTraining training = HeadlessFx.call(() -> RecommenderTraining.start(model, service, "mona",
                new SuggestionsViewModel(model, service, BackgroundWork.synchronous()::run), task -> {
                    trainings.add(task);
                    task.run();
                }, pause));
        HeadlessFx.settle();
        Article article = articles.getFirst();
        CompletableFuture<Void> pastThePause = new CompletableFuture<>();
        HeadlessFx.run(() -> {
            model.open(article);
            annotate(article, CairoArticles.cairoIn(article.text()).getFirst());
            training.stop(java.time.Duration.ZERO);
            // Started after the change's pause, so it ends after that one would have.
            PauseTransition after = new PauseTransition(pause);
            after.setOnFinished(event -> pastThePause.complete(null));
            after.play();
        });
        pastThePause.get(30, TimeUnit.SECONDS);
        HeadlessFx.settle();

        assertThat(trainings).as("only the first training, when the window opened").hasSize(1);
    }

    /** What the view draws follows the list's changes: suggestions computed again change it by what differs. */
    @Test
    void suggestionsComputedAgainChangeTheListOnlyByThoseThatWentOrCame() {
        Article withCue = articles.get(3);
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(withCue);
            return new SuggestionsViewModel(model, service, queued::add);
        });
        OnAWorker.run(queued.getLast());
        List<Suggestion> before = offered(suggestions);
        assertThat(before).hasSizeGreaterThan(2);
        HeadlessFx.run(() -> {
            suggestions.next();
            suggestions.accept();
        });
        List<Suggestion> changed = new ArrayList<>();
        HeadlessFx.run(() -> suggestions.offered().addListener((ListChangeListener<Suggestion>) change -> {
            while (change.next()) {
                changed.addAll(change.getRemoved());
                changed.addAll(change.getAddedSubList());
            }
        }));
        OnAWorker.run(queued.getLast());

        List<Suggestion> after = offered(suggestions);
        assertThat(after).isEqualTo(service.offered(withCue, false));
        List<Suggestion> differences = new ArrayList<>(before);
        differences.removeAll(after);
        after.stream().filter(suggestion -> !before.contains(suggestion)).forEach(differences::add);
        assertThat(changed).containsExactlyInAnyOrderElementsOf(differences);
    }

    /**
     * However many went or came (a tag propagated over a long article, a model trained again), the list changes by
     * those alone, as one change that a listener replaying it onto its copy of the list follows exactly (decision
     * 0040): not by every suggestion of the article, which the view then compared mark by mark on the FX thread.
     */
    @Test
    void manySuggestionsComputedAgainStillChangeTheListOnlyByThoseThatWentOrCame() {
        String text = CairoArticles.TEXTS.get(3) + "\n\n" + "وصل مملوك إلى المدينة. ".repeat(400);
        Article many = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                text.getBytes(StandardCharsets.UTF_8), "many.txt", "many.txt"))).imported().getFirst();
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(many);
            return new SuggestionsViewModel(model, service, queued::add);
        });
        OnAWorker.run(queued.getLast());
        List<Suggestion> before = offered(suggestions);
        assertThat(before).isNotEmpty();
        int at = text.lastIndexOf("مملوك");
        HeadlessFx.run(() -> annotate(many, many.text().spanFromUtf16(at, at + "مملوك".length())));
        List<Suggestion> replayed = new ArrayList<>(before);
        List<Suggestion> changed = new ArrayList<>();
        HeadlessFx.run(() -> suggestions.offered().addListener((ListChangeListener<Suggestion>) change -> {
            while (change.next()) {
                changed.addAll(change.getRemoved());
                changed.addAll(change.getAddedSubList());
                replayed.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                replayed.addAll(change.getFrom(), change.getAddedSubList());
            }
        }));
        OnAWorker.run(queued.getLast());

        List<Suggestion> after = offered(suggestions);
        assertThat(after).isEqualTo(service.offered(many, false));
        List<Suggestion> differences = new ArrayList<>(before);
        differences.removeAll(after);
        after.stream().filter(suggestion -> !before.contains(suggestion)).forEach(differences::add);
        assertThat(differences).as("more than the 256 once shown one by one").hasSizeGreaterThan(300);
        assertThat(changed).containsExactlyInAnyOrderElementsOf(differences);
        assertThat(replayed).isEqualTo(after);
    }

    private void annotate(Article article, Span span) {
        new AnnotateViewModel(model).select(span.start(), span.end(), true);
        new AnnotateViewModel(model).annotate(Label.ENTITY, "location");
    }

    /**
     * A view model waiting for the frame of each article opened, with {@code article} opened and its frame drawn: its
     * computation asked for, queued.
     */
    private SuggestionsViewModel drawnOpen(Article article) {
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> new SuggestionsViewModel(model, service,
                queued::add, frames::add));
        OnAWorker.run(queued.removeFirst());
        HeadlessFx.run(() -> {
            model.open(article);
            frames.removeFirst().run();
        });
        return suggestions;
    }

    /** The article opened, with the suggestions the view model asked for first computed. */
    private SuggestionsViewModel suggestedOn(Article article) {
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            model.open(article);
            return new SuggestionsViewModel(model, service, queued::add);
        });
        OnAWorker.run(queued.removeFirst());
        return suggestions;
    }

    /** Cairo's first place tagged in the store, by this annotator, as if in another window. */
    private void tagCairo(Article article, String annotator) {
        workspace.annotations().create(new NewAnnotation(article.id(),
                workspace.annotations().annotator(annotator, Annotator.Role.ANNOTATOR).id(),
                CairoArticles.cairoIn(article.text()).getFirst(), Label.ENTITY, "location", "", Provenance.MANUAL));
    }

    /** One computation asked for by {@code what}, which offers the article's suggestions as stored. */
    private void assertComputedOnce(String what, SuggestionsViewModel suggestions, Article article) {
        assertThat(queued).as("computations asked for by %s", what).hasSize(1);
        OnAWorker.run(queued.removeFirst());
        assertPropagated(suggestions, article);
    }

    /** What is offered is what the service computes for the article as stored, a tag's string propagated. */
    private void assertPropagated(SuggestionsViewModel suggestions, Article article) {
        assertThat(offered(suggestions)).isEqualTo(service.offered(article, false))
                .extracting(Suggestion::source).contains(SuggestionSource.PROPAGATION);
    }

    private static void join(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Suggestion> offered(SuggestionsViewModel suggestions) {
        return HeadlessFx.call(() -> List.copyOf(suggestions.offered()));
    }
}
