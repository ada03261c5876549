package app.hamish.ui.suggest;

import app.hamish.service.SuggestionService;
import java.util.function.Consumer;
import app.hamish.ui.session.ArticleSession;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * Keeps the entity recommender trained on what the analyst has annotated so far: a training starts in the
 * background when it is started (the workbench starts it once its window is filled, decision 0084) and after the
 * open article's annotations change (opening another article included, which also brings in what a merge or import
 * added). One training at a time; changes made during one
 * are answered by one more. In the workbench a training waits for a pause in the analyst's changes: each one
 * trains and then runs the model over the whole article again, gigabytes of garbage on a long article, which
 * collected during the next keys made them miss their frames (decision 0040). When a new model is in use, the suggestions are computed again. On opening, the model
 * kept with the workspace is loaded instead when gold and the analyst's entities are what it learned from.
 */
public final class RecommenderTraining {
    private final LatestWork<Long> training;
    private final SuggestionService service;
    /** The annotations followed, and the pause waited for after a change. */
    private final Subscription changes;
    /** The model version the suggestions were last computed after; 0 is "no model yet". */
    private long shown;

    /**
     * Starts the first training, and the later ones as the article's annotations change, for as long as the
     * session lives.
     *
     * @param analyst the name of the analyst whose own entities count as examples beside gold
     * @param background where training runs (a {@code BackgroundWork} of its own, so that suggestions never wait
     *     behind a training), never the FX thread
     * @return what {@link #stop}s the trainings when the window closes
     */
    public static RecommenderTraining start(ArticleSession session, SuggestionService service, String analyst,
                                            SuggestionsViewModel suggestions, Consumer<Task<?>> background) {
        return start(session, service, analyst, suggestions, background, Duration.ZERO);
    }

    /**
     * As above, a training after a change only once the annotations have stayed as they are for {@code pause}
     * (the first training starts at once).
     */
    public static RecommenderTraining start(ArticleSession session, SuggestionService service, String analyst,
                                            SuggestionsViewModel suggestions, Consumer<Task<?>> background,
                                            Duration pause) {
        return new RecommenderTraining(session, service, analyst, suggestions, background, pause);
    }

    private RecommenderTraining(ArticleSession session, SuggestionService service, String analyst,
                                SuggestionsViewModel suggestions, Consumer<Task<?>> background, Duration pause) {
        this.service = service;
        this.training = new LatestWork<>("training the entity recommender", background,
                () -> () -> service.retrain(analyst), version -> {
                    if (version != shown) {
                        shown = version;
                        suggestions.refresh();
                    }
                }, false);
        if (pause.greaterThan(Duration.ZERO)) {
            PauseTransition quiet = new PauseTransition(pause);
            quiet.setOnFinished(event -> training.request());
            changes = session.annotations().subscribe(quiet::playFromStart).and(quiet::stop);
        } else {
            changes = session.annotations().subscribe(training::request);
        }
        training.request();
    }

    /**
     * No training starts from now on: the window is closing, and a pause still running after its last change would
     * otherwise train on the closed workspace. A training still queued never begins; one under way is waited for up
     * to {@code within}, so that the model it trains is kept while the workspace is open. Past that the workspace
     * closes under it: it keeps no model, and what it brings, a failure to read included, is dropped without a word.
     * On the FX thread, before the workspace closes.
     */
    public void stop(java.time.Duration within) {
        changes.unsubscribe();
        training.stop();
        try {
            training.awaitStopped(within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            service.stopKeepingModels();
        }
    }
}
