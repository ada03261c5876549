package app.hamish.ui.suggest;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.OfferedChange;
import app.hamish.model.SourcePrecision;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.model.SuggestionsToAccept;
import app.hamish.service.SuggestionService;
import app.hamish.ui.session.AcceptSuggestions;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.RejectSuggestion;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The suggestions on the open article, and the one the analyst is looking at. Stepping to a suggestion selects
 * its text; accepting creates the annotation as an edit of the session (so it can be undone), rejecting records
 * the rejection so that it is not offered again; accepting all takes every suggestion left at once. Nothing changes
 * until the analyst does one or the other.
 *
 * <p>Suggestions are computed in the background after every change to the article or its annotations, once the
 * session shows it whole; until they arrive the previous ones stay, and a result computed for a state that has
 * since changed is dropped. An article opened has its suggestions computed once its first screen is drawn: computed
 * beside the opening, they took one of the machine's two cores from it (decision 0086).
 */
public final class SuggestionsViewModel {
    private final ArticleSession session;
    private final SuggestionService service;
    private final LatestWork<Offer> computing;
    private final OfferedSuggestions offered = new OfferedSuggestions();
    /** Changes of {@link #offered} so far: a computation's differences apply only to the list it began from. */
    private long offeredChanges;
    private final ReadOnlyObjectWrapper<Suggestion> current = new ReadOnlyObjectWrapper<>();
    /** Whether what is annotated in the other articles is proposed here too (off until the analyst asks). */
    private final BooleanProperty acrossCorpus = new SimpleBooleanProperty(false);
    /** Whether sources mostly wrong in the workspace's gold are left out (on until the analyst asks for them). */
    private final BooleanProperty hideImprecise = new SimpleBooleanProperty(true);
    /** The sources left out, as last said in the hint line, so that it is said again only when that changes. */
    private Set<SuggestionSource> hiddenSaid = Set.of();
    /** Where the last suggestion visited starts, so that stepping goes on from there after it is decided. */
    private int lastStart = -1;
    /**
     * The last computation's change, on the worker (runs never overlap), kept so that the next one can be joined to
     * it when its list is overtaken before it is shown.
     */
    private volatile OfferedChange lastComputed;
    /** Whether the session's annotations changed since suggestions were last asked for. */
    private boolean annotationsChanged;
    /** The article suggestions were last asked for. */
    private Article askedFor;
    /** Where an opened article's suggestions wait for its first screen: after the frame showing it. */
    private final Consumer<Runnable> afterOpenShown;
    /** Whether an article was opened whose first screen is not drawn yet: suggestions are asked for after it. */
    private boolean openBeingDrawn;

    /**
     * Suggestions of an opened article computed at once, as where no frame is drawn.
     *
     * @param background where suggestions are computed (a {@code BackgroundWork}), never the FX thread
     */
    public SuggestionsViewModel(ArticleSession session, SuggestionService service, Consumer<Task<?>> background) {
        this(session, service, background, Runnable::run);
    }

    /**
     * @param background where suggestions are computed (a {@code BackgroundWork}), never the FX thread
     * @param afterOpenShown runs its work once the frame showing an opened article is drawn ({@code AfterFrame})
     */
    public SuggestionsViewModel(ArticleSession session, SuggestionService service, Consumer<Task<?>> background,
                                Consumer<Runnable> afterOpenShown) {
        this.session = session;
        this.service = service;
        this.afterOpenShown = afterOpenShown;
        this.computing = new LatestWork<>("computing suggestions", background, this::computation, this::show,
                true);
        offered.addListener((ListChangeListener<Suggestion>) change -> offeredChanges++);
        session.articleProperty().addListener((property, before, now) -> lastStart = -1);
        session.annotations().subscribe(() -> annotationsChanged = true);
        session.changesProperty().subscribe((before, now) -> changeShown());
        acrossCorpus.addListener((property, before, now) -> refresh());
        hideImprecise.addListener((property, before, now) -> refresh());
        refresh();
    }

    public BooleanProperty acrossCorpusProperty() {
        return acrossCorpus;
    }

    public BooleanProperty hideImpreciseProperty() {
        return hideImprecise;
    }

    public ObservableList<Suggestion> offered() {
        return offered;
    }

    /** The suggestions offered now, as a list that later changes leave as it is: taken without copying them. */
    public List<Suggestion> offeredNow() {
        return offered.snapshot();
    }

    public ReadOnlyObjectProperty<Suggestion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The first suggestion after the selection (or the current one), wrapping around; selects its text. */
    public Optional<Suggestion> next() {
        int after = caret();
        List<Suggestion> open = ofTheArticleOpen();
        return go(open.stream().filter(s -> s.span().start() > after).findFirst()
                .or(() -> open.stream().findFirst()));
    }

    public Optional<Suggestion> previous() {
        int before = caret();
        List<Suggestion> open = ofTheArticleOpen().reversed();
        return go(open.stream().filter(s -> s.span().start() < before).findFirst()
                .or(() -> open.stream().findFirst()));
    }

    /**
     * The suggestions offered for the article open: none while those of the article left are still listed, until
     * its own are computed (seconds on a long article). Each list offered is computed for one article, so its first
     * says whose it is. Stepping to or accepting those of the article left would put another article's offsets on
     * this one's text, and their annotations into an article the analyst is not looking at.
     */
    private List<Suggestion> ofTheArticleOpen() {
        Article article = session.article();
        return article == null || offered.isEmpty() || offered.getFirst().articleId() != article.id()
                ? List.of() : offered;
    }

    public void accept() {
        Suggestion chosen = chosen();
        Optional<Annotator> me = chosen == null ? Optional.empty() : session.acting();
        if (me.isPresent()) {
            CreateAnnotation edit = new CreateAnnotation(chosen.toAnnotation(me.get().id()));
            session.execute(edit, () -> {
                session.selectAnnotation(edit.created());
                session.hintProperty().set("");
            });
        }
    }

    /**
     * Accepts, as one edit, every suggestion left in the selection, or in the article when what is selected is the
     * current suggestion or nothing: the wrong ones rejected first, the right ones need no key each (decision 0035).
     */
    public void acceptAll() {
        if (session.article() == null) {
            return;
        }
        Span selection = session.selectionProperty().get();
        Suggestion stepped = current.get();
        Span within = stepped != null && stepped.span().equals(selection) ? null : selection;
        List<Suggestion> chosen = SuggestionsToAccept.of(ofTheArticleOpen(), within);
        if (chosen.isEmpty()) {
            session.hint("hint.noSuggestions");
            return;
        }
        Optional<Annotator> me = session.acting();
        if (me.isEmpty()) {
            return;
        }
        AcceptSuggestions edit = new AcceptSuggestions(chosen.stream()
                .map(suggestion -> new CreateAnnotation(suggestion.toAnnotation(me.get().id()))).toList());
        if (session.execute(edit)) {
            session.clearSelection();
            current.set(null);
            offered.removeAll(chosen);
            session.hint("hint.suggestionsAccepted", chosen.size());
        }
    }

    public void reject() {
        Suggestion chosen = chosen();
        if (chosen != null) {
            session.execute(new RejectSuggestion(service, chosen));
            session.clearSelection();
            // Gone at once, not when the next computation arrives: the analyst is already looking for the next.
            offered.remove(chosen);
            refresh();
        }
    }

    /** The current suggestion while its text is still what is selected; otherwise the analyst moved on. */
    private Suggestion chosen() {
        Suggestion chosen = current.get();
        if (chosen == null || session.article() == null
                || !chosen.span().equals(session.selectionProperty().get())) {
            session.hint("hint.selectSuggestion");
            return null;
        }
        return chosen;
    }

    private int caret() {
        return current.get() != null ? current.get().span().start() : lastStart;
    }

    private Optional<Suggestion> go(Optional<Suggestion> target) {
        if (target.isEmpty() || session.article() == null) {
            session.hint("hint.noSuggestions");
            return Optional.empty();
        }
        Suggestion suggestion = target.get();
        current.set(suggestion);
        lastStart = suggestion.span().start();
        session.selectText(suggestion.span());
        // Which source proposed it, and why, so the analyst can weigh a model's guess against a matched cue.
        session.hint("hint.suggestion." + suggestion.source().code(), suggestion.cue());
        return target;
    }

    /**
     * A change is shown whole (a commit, a reload, an article opened): suggestions are asked for once it is, if it
     * changed the article or its annotations. Asked at the list's first event, they were computed for a state half
     * shown: on opening, for the article being left without its annotations (decision 0059).
     */
    private void changeShown() {
        if (session.article() != askedFor) {
            opened();
        } else if (annotationsChanged) {
            refresh();
        }
    }

    /**
     * Another article is shown: what is being computed for the one left is dropped, and the new one's suggestions
     * are asked for once its first screen is drawn, not beside the opening (decision 0086).
     */
    private void opened() {
        computing.drop();
        current.set(null);
        annotationsChanged = false;
        askedFor = session.article();
        if (!openBeingDrawn) {
            openBeingDrawn = true;
            afterOpenShown.accept(() -> {
                openBeingDrawn = false;
                refresh();
            });
        }
    }

    /**
     * Computes the suggestions again, in the background, for the article as it is now; while an opened article's
     * first screen is being drawn, once it is, which they will then take into account.
     */
    void refresh() {
        annotationsChanged = false;
        askedFor = session.article();
        if (!openBeingDrawn) {
            computing.request();
        }
    }

    /**
     * Computes nothing more: the window is closing. A computation still queued never begins; one under way reads
     * the closing workspace and is dropped, a failure included, without a word. On the FX thread.
     */
    public void stop() {
        computing.stop();
    }

    /** The suggestions computed again, and the sources left out of them as mostly wrong, with their counts. */
    private record Offer(Recomputed suggestions, Map<SuggestionSource, SourcePrecision.Count> hidden) {
    }

    private Callable<Offer> computation() {
        Article article = session.article();
        boolean corpus = acrossCorpus.get();
        boolean hide = hideImprecise.get();
        List<Suggestion> before = offered.snapshot();
        List<Suggestion> computedBefore = offered.shownAsComputed();
        long basis = offeredChanges;
        // The session's annotations are what is stored (it shows a change once committed, another's once reloaded);
        // copied here, as the worker must not read a list the FX thread goes on changing.
        List<Annotation> annotations = article == null ? List.of() : List.copyOf(session.annotations());
        return () -> {
            if (article == null) {
                return new Offer(Recomputed.between(before, basis, List.of()), Map.of());
            }
            OfferedChange change = service.change(article, annotations, corpus, hide);
            OfferedChange last = lastComputed;
            if (last != null && !change.isFrom(computedBefore) && change.isFrom(last.offered())) {
                // The last run's list was overtaken, never shown: its change and this one, from the list shown.
                change = last.then(change);
            }
            lastComputed = change;
            // Compared where the service computed again, when the list shown is the one it changed.
            return new Offer(change.isFrom(computedBefore) ? Recomputed.within(computedBefore, basis, change)
                    : Recomputed.between(before, basis, change.offered()), hide ? service.imprecise() : Map.of());
        };
    }

    /**
     * Shows the suggestions computed again after a change, mostly the same ones: the list changes by those that went
     * or came alone, so the view draws those alone (decisions 0034, 0040). A list changed meanwhile (a rejection) is
     * compared here.
     */
    private void show(Offer offer) {
        Recomputed recomputed = offer.suggestions();
        if (recomputed.basis() != offeredChanges) {
            recomputed = Recomputed.between(offered.snapshot(), offeredChanges, recomputed.all());
        }
        Suggestion chosen = current.get();
        boolean chosenGone = false;
        for (int k = 0; k < recomputed.gone().size(); k++) {
            chosenGone |= offered.get(recomputed.gone().get(k)).equals(chosen);
        }
        offered.replace(recomputed.all(), recomputed.gone(), recomputed.came());
        if (chosenGone) {
            current.set(null);
        }
        if (!offer.hidden().keySet().equals(hiddenSaid)) {
            hiddenSaid = offer.hidden().keySet();
            if (!hiddenSaid.isEmpty()) {
                // Said, not silently done: the analyst should know what they are not shown, and how to see it.
                session.hint("hint.sourcesHidden", offer.hidden().entrySet().stream()
                        .map(hidden -> MessageFormat.format(session.message("hint.sourceHidden"),
                                session.message("source." + hidden.getKey().code()), hidden.getValue().right(),
                                hidden.getValue().proposed())).collect(Collectors.joining(", ")));
            }
        }
    }
}
