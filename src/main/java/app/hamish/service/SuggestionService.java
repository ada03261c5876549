package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.Beside;
import app.hamish.model.BoundaryConvention;
import app.hamish.model.BoundaryEvidence;
import app.hamish.model.CueLexicon;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.KeptSuggestions;
import app.hamish.model.NormalizedText;
import app.hamish.model.OfferedChange;
import app.hamish.model.RejectedStrings;
import app.hamish.model.SavedModel;
import app.hamish.model.SourcePrecision;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import app.hamish.model.Timed;
import app.hamish.service.recommender.ArticleTokens;
import app.hamish.service.recommender.EntityExample;
import app.hamish.service.recommender.EntityRecommender;
import app.hamish.service.recommender.WorkspaceExamples;
import app.hamish.store.StoreException;
import app.hamish.store.WorkspaceClosedException;
import app.hamish.store.WorkspaceStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Suggestions for an article, and the memory of those rejected. Suggestions change nothing: accepting one is
 * creating its annotation through {@link AnnotationService#create}, with provenance "suggested".
 *
 * <p>Safe to use from a background thread: the entity recommender is swapped whole when a training ends, so
 * suggestions come from one model or the next, never from a mix.
 */
public final class SuggestionService {
    private static final Logger LOG = Logger.getLogger(SuggestionService.class.getName());

    private final WorkspaceStore store;
    private final ArticleReads reads;
    private final ModelKeeping models;
    private final AtomicLong trainings = new AtomicLong();
    private final SuggestionFinder finder;
    private volatile Recommender recommender = Recommender.NONE;
    /**
     * What the last article's text alone proposes, and what the model in use found in it: an article's text never
     * changes, so after an annotation only propagation is looked for again, not every cue, verb and name.
     */
    private volatile SuggestionFinder.TextSuggestions lastText;
    private volatile Recommended lastRecommended;
    private volatile ArticleTokens lastTokens;
    /**
     * The last suggestions offered and what they came from: an edit of a few annotations changes them only where
     * it can (decision 0041), not by the 320,000 objects of a long article computed again after every key.
     */
    private volatile KeptSuggestions kept;
    private final AtomicLong wholeArticles = new AtomicLong();
    private volatile WholeArticleCost lastWhole;
    /**
     * Where an opened article's names and cues are found while the calling thread proposes (decision 0095): the
     * machine's second core, or the caller's own thread in a test that wants one.
     */
    private final Executor beside;
    private volatile Boundaries boundaries = new Boundaries(Map.of());
    /**
     * The strings annotated and those rejected in the workspace, read at the last training (after every change of
     * annotations) and kept up to date with each rejection made here, so that suggestions computed again after an
     * edit do not read every rejection in the workspace (decision 0035).
     */
    private final AtomicReference<RejectedStrings> known = new AtomicReference<>();
    /** Rejections made through this service, to tell whether one came while the strings were being read. */
    private final AtomicLong rejections = new AtomicLong();
    /** Per gold article, what the text sources proposed there and how much of it gold has. */
    private volatile Map<Long, Measured> precision = Map.of();
    /**
     * Set as the workspace is about to close. No lock: a model being written may wait for the whole workspace (an
     * export's stream, another client's write), and a closing window must never wait for that. A model is derived
     * data, trained again at the next open; a write that reaches the workspace once it is closed is refused there.
     */
    private volatile boolean keepingStopped;

    private record Measured(ArticleText text, List<ExportedAnnotation> gold, SourcePrecision counts) {
    }

    /** Per article and in all, what gold and the analyst's own annotations showed of edge marks. */
    private record Boundaries(Map<Long, BoundaryEvidence> byArticle, BoundaryEvidence total) {
        Boundaries(Map<Long, BoundaryEvidence> byArticle) {
            this(byArticle, byArticle.values().stream().reduce(BoundaryEvidence.NONE, BoundaryEvidence::plus));
        }
    }

    /**
     * The processor time the last computation of a whole article spent in each of its parts: the recommender's
     * names, the text's own suggestions (the lexicon's cues and the reported claims, with the normalised text),
     * propagation and settling, on whichever thread each ran; an article opened again reuses the first two (they are
     * zero then). {@code besideNanos} is how much of all that ran on the thread beside the caller's (decision 0095).
     * The bench prints them (decision 0091).
     */
    public record WholeArticleCost(long recommenderNanos, long textNanos, long proposingNanos, long settlingNanos,
                                   long besideNanos) {
    }


    /** What one version of the model found in one article. */
    private record Recommended(long articleId, ArticleText text, long version, List<Suggestion> found) {
    }

    /** A trained model (or none, from too few examples), what it learned from, and how many trainings made it. */
    private record Recommender(List<EntityExample> examples, Optional<EntityRecommender> model, long version) {
        static final Recommender NONE = new Recommender(List.of(), Optional.empty(), 0);
    }

    SuggestionService(WorkspaceStore store, ArticleReads reads, ModelKeeping models, CueLexicon lexicon,
                      Executor beside) {
        this.store = store;
        this.reads = reads;
        this.models = models;
        this.finder = new SuggestionFinder(lexicon);
        this.beside = beside;
    }

    /**
     * What to offer on the article as it now stands, in text order, the recommender's finds included. Takes as long
     * as the article is long: not on the FX thread.
     */
    public List<Suggestion> offered(Article article) {
        return offered(article, false);
    }

    /**
     * @param acrossCorpus also propose what is annotated in the other articles (propagation across the corpus,
     *     which the analyst asks for)
     */
    public List<Suggestion> offered(Article article, boolean acrossCorpus) {
        return offered(article, acrossCorpus, true);
    }

    /**
     * @param hideImprecise leave out the sources that were mostly wrong in the workspace's gold
     *     ({@link #imprecise()}), as the workbench does until the analyst asks for them
     */
    public List<Suggestion> offered(Article article, boolean acrossCorpus, boolean hideImprecise) {
        return offered(article, reads.annotations(article.id()), acrossCorpus, hideImprecise);
    }

    /**
     * As {@link #offered(Article, boolean, boolean)}, the article's annotations being {@code annotations}: those the
     * caller shows, as stored, so that a key on a long article does not read its thousands of annotations from the
     * store again (decision 0059). The caller must not change the list meanwhile.
     */
    public List<Suggestion> offered(Article article, List<Annotation> annotations, boolean acrossCorpus,
                                    boolean hideImprecise) {
        return change(article, annotations, acrossCorpus, hideImprecise).offered();
    }

    /**
     * As {@link #offered(Article, List, boolean, boolean)}, with where the list may differ from the one this service
     * offered last (decision 0062): a caller showing that very list compares only those places.
     */
    public OfferedChange change(Article article, List<Annotation> annotations, boolean acrossCorpus,
                                boolean hideImprecise) {
        KeptSuggestions before = kept;
        SuggestionFinder.TextSuggestions known = lastText;
        KeptSuggestions now;
        if (before == null || known == null || !known.of(article)) {
            now = opened(article, annotations, acrossCorpus, hideImprecise);
        } else {
            Timed<List<Suggestion>> names = recommended(article);
            KeptSuggestions.Sources sources = sources(article, known, names.value(), elsewhere(article, acrossCorpus),
                    convention(article, annotations), hideImprecise);
            now = before.after(article, annotations, sources);
            if (now == null) {
                // Many changes at once, or a new model: the names (if new) were found here, on the caller's thread.
                now = KeptSuggestions.of(finder, article, annotations, sources, beside);
                counted(now, names.nanos(), 0, 0);
            }
        }
        kept = now;
        return now.change();
    }

    /**
     * Everything computed for an article whose text's suggestions are not known yet, as when it is opened: its names
     * are found beside the calling thread while this one reads the rest and proposes (decision 0095); its text's cues
     * and claims after the names there, or here if this thread is done proposing first (decision 0100): which of the
     * two is longer depends on the machine, the article and how warm the code is.
     */
    private KeptSuggestions opened(Article article, List<Annotation> annotations, boolean acrossCorpus,
                                   boolean hideImprecise) {
        Thread caller = Thread.currentThread();
        CompletableFuture<Timed<List<Suggestion>>> names = CompletableFuture.supplyAsync(() -> recommended(article),
                beside);
        Timed<NormalizedText> text = Timed.of(() -> ArabicNormalizer.normalize(article.text()));
        Beside.Either<Timed<SuggestionFinder.TextSuggestions>> fromText = Beside.either(
                () -> Timed.of(() -> finder.fromText(article, text.value())), beside);
        List<AnnotatedText> elsewhere = elsewhere(article, acrossCorpus);
        BoundaryConvention convention = convention(article, annotations);
        KeptSuggestions.Proposed proposed = KeptSuggestions.propose(finder, article, text.value(), annotations,
                convention, elsewhere);
        Timed<SuggestionFinder.TextSuggestions> cues = fromText.result();
        Timed<List<Suggestion>> found = Beside.result(names);
        lastText = cues.value();
        KeptSuggestions.Sources sources = sources(article, cues.value(), found.value(), elsewhere, convention,
                hideImprecise);
        KeptSuggestions now = KeptSuggestions.of(finder, article, sources, proposed, beside);
        counted(now, found.nanos(), text.nanos() + cues.nanos(),
                found.nanosBeside(caller) + cues.nanosBeside(caller));
        return now;
    }

    /**
     * Counts a computation of everything and what its parts cost: {@code besideNanos} is the processor time of the
     * names and the text's suggestions spent on the thread beside, to which the settling's share there is added.
     */
    private void counted(KeptSuggestions whole, long recommenderNanos, long textNanos, long besideNanos) {
        wholeArticles.incrementAndGet();
        lastWhole = new WholeArticleCost(recommenderNanos, textNanos, whole.cost().proposingNanos(),
                whole.cost().settlingNanos(), besideNanos + whole.cost().settlingBesideNanos());
    }

    /**
     * What {@link #offered(Article, boolean, boolean)} computes the article's suggestions from, its annotations being
     * {@code annotations}: the text's own suggestions, the rejections, the recommender's finds, the corpus's
     * annotated strings, the convention for edge marks, the sources hidden and the strings rejected.
     */
    KeptSuggestions.Sources sources(Article article, List<Annotation> annotations, boolean acrossCorpus,
                                    boolean hideImprecise) {
        return sources(article, fromText(article), recommended(article).value(), elsewhere(article, acrossCorpus),
                convention(article, annotations), hideImprecise);
    }

    /** The strings annotated in the other articles, when the analyst asks for propagation across the corpus. */
    private List<AnnotatedText> elsewhere(Article article, boolean acrossCorpus) {
        return acrossCorpus ? store.annotatedOutside(article.id()) : List.of();
    }

    /** The sources with the parts that may have been found apart, the rest read now. */
    private KeptSuggestions.Sources sources(Article article, SuggestionFinder.TextSuggestions fromText,
                                            List<Suggestion> recommended, List<AnnotatedText> elsewhere,
                                            BoundaryConvention convention, boolean hideImprecise) {
        return new KeptSuggestions.Sources(fromText, store.rejectedSuggestions(article.id()), recommended, elsewhere,
                convention, hideImprecise ? imprecise().keySet() : Set.of(), rejectedStrings());
    }

    /**
     * How many times this service has computed the suggestions of a whole article, rather than only where its
     * annotations changed since the last time.
     */
    public long wholeArticles() {
        return wholeArticles.get();
    }

    /** What the last computation of a whole article by this service spent in each part, or null if none was. */
    public WholeArticleCost lastWholeArticle() {
        return lastWhole;
    }

    /**
     * The sources that were wrong more often than right in the workspace's gold, as measured at the last training
     * (decision 0035), with what they proposed there and how much of it gold has.
     */
    public Map<SuggestionSource, SourcePrecision.Count> imprecise() {
        return precision.values().stream().map(Measured::counts).reduce(SourcePrecision.NONE, SourcePrecision::plus)
                .imprecise();
    }

    /** The strings rejected and annotated, as read at the last training, or now if there was none. */
    private RejectedStrings rejectedStrings() {
        RejectedStrings strings = known.get();
        return strings != null ? strings : readRejectedStrings();
    }

    private RejectedStrings readRejectedStrings() {
        long before = rejections.get();
        RejectedStrings strings = RejectedStrings.of(store.rejectedTexts(), store.annotatedAnywhere());
        // A rejection made here meanwhile may be missing from what was read: then it is read again next time.
        known.set(rejections.get() == before ? strings : null);
        return strings;
    }

    /**
     * The corpus's convention for invisible edge marks (decision 0023): what gold and the analyst's own
     * annotations in the other articles showed at the last training, and this article's annotations as they are.
     */
    private BoundaryConvention convention(Article article, List<Annotation> annotations) {
        Boundaries corpus = boundaries;
        return corpus.total().minus(corpus.byArticle().getOrDefault(article.id(), BoundaryEvidence.NONE))
                .plus(BoundaryEvidence.of(article.text(), annotations.stream().map(Annotation::span).toList()))
                .convention();
    }

    private SuggestionFinder.TextSuggestions fromText(Article article) {
        SuggestionFinder.TextSuggestions known = lastText;
        if (known == null || !known.of(article)) {
            known = finder.fromText(article);
            lastText = known;
        }
        return known;
    }

    /** What the model in use finds in the article, found again only if the article or the model changed. */
    private Timed<List<Suggestion>> recommended(Article article) {
        Recommender current = recommender;
        Recommended known = lastRecommended;
        if (known != null && known.articleId() == article.id() && known.text().equals(article.text())
                && known.version() == current.version()) {
            return Timed.known(known.found());
        }
        Timed<List<Suggestion>> found = Timed.of(() -> {
            ArticleTokens tokens = tokensOf(article);
            return current.model().map(model -> model.suggest(article, tokens)).orElse(List.<Suggestion>of());
        });
        lastRecommended = new Recommended(article.id(), article.text(), current.version(), found.value());
        return found;
    }

    /** The open article's tokens, read once for all the models trained while it is open. */
    private ArticleTokens tokensOf(Article article) {
        ArticleTokens known = lastTokens;
        if (known == null || !known.areOf(article)) {
            known = ArticleTokens.of(article.text());
            lastTokens = known;
        }
        return known;
    }

    /**
     * What the text sources proposed in a gold article and how much gold has, taken from the last training's count
     * when the article and its gold are unchanged: the text's cues and verbs are found again only where they changed.
     */
    private Measured measure(ArticleExport gold) {
        Measured known = precision.get(gold.article().id());
        if (known != null && known.text().equals(gold.article().text()) && known.gold().equals(gold.annotations())) {
            return known;
        }
        return new Measured(gold.article().text(), gold.annotations(), SourcePrecision.NONE.plus(
                gold.article().text(), finder.fromText(gold.article()).found(), gold.annotations()));
    }

    /**
     * Never offers this span and label in this article again, nor its words with this label in any article while
     * nobody annotates them so (decision 0035). In its own transaction; within another one, see
     * {@link #rejectWithin}.
     *
     * @param article the article the suggestion was offered in, as the caller holds it
     */
    public void reject(Suggestion suggestion, Article article, Annotator actor) {
        rejectWithin(suggestion, article, actor).run();
    }

    /**
     * As {@link #reject}, the rejection stored within the caller's transaction, if there is one; returns what makes
     * it known to the suggestions offered here, to run only once that transaction has committed. Run before, a
     * rejection rolled back would hide its words in every article until the next training.
     */
    public Runnable rejectWithin(Suggestion suggestion, Article article, Annotator actor) {
        if (suggestion.articleId() != article.id()) {
            throw new IllegalArgumentException("suggestion of article " + suggestion.articleId()
                    + " rejected in article " + article.id());
        }
        store.rejectSuggestion(suggestion, actor.id());
        String text = article.text().slice(suggestion.span());
        return () -> {
            rejections.incrementAndGet();
            known.updateAndGet(strings -> strings == null ? null : strings.rejecting(text, suggestion.label()));
        };
    }

    /**
     * Trains the entity recommender again on the workspace's gold and the analyst's own entities (decision 0010),
     * unless they are what it last learned from or what the model kept with the workspace learned from; and, in the
     * same pass over gold, measures how often the text sources are right there (decision 0035). Seconds on a large
     * workspace, so never on the FX thread; callers wait for each other, so one training runs at a time.
     *
     * @param analyst the name of the analyst whose annotations count as well as gold
     * @return the version of what suggestions now come from, which changes whenever a training replaces the model
     *     or changes the sources hidden as imprecise
     */
    public synchronized long retrain(String analyst) {
        Map<Long, Measured> measured = new HashMap<>();
        WorkspaceExamples.Reading read = WorkspaceExamples.read(store, analyst, gold -> measured.put(
                gold.article().id(), measure(gold)));
        Set<SuggestionSource> hiddenBefore = imprecise().keySet();
        precision = Map.copyOf(measured);
        boundaries = new Boundaries(read.boundaries());
        readRejectedStrings();
        List<EntityExample> examples = read.examples();
        if (!examples.equals(recommender.examples())) {
            recommender = new Recommender(examples, model(analyst, examples), recommender.version() + 1);
        } else if (!imprecise().keySet().equals(hiddenBefore)) {
            // Another version of what suggestions come from: the same model, other sources hidden.
            recommender = new Recommender(examples, recommender.model(), recommender.version() + 1);
        }
        return recommender.version();
    }

    /**
     * The model the workspace keeps for these examples (decision 0030), or a new one, trained and kept in its place.
     * Keeping it is a saving of time, not of work: when the workspace refuses the write, the model is used all the
     * same and the next start trains again.
     */
    private Optional<EntityRecommender> model(String analyst, List<EntityExample> examples) {
        String fingerprint = EntityRecommender.fingerprint(examples);
        Optional<EntityRecommender> saved = models.savedModel(analyst)
                .filter(model -> model.fingerprint().equals(fingerprint))
                .flatMap(model -> EntityRecommender.read(model.bytes()));
        if (saved.isPresent()) {
            return saved;
        }
        Optional<EntityRecommender> trained = EntityRecommender.train(examples);
        trainings.incrementAndGet();
        trained.ifPresent(model -> keep(new SavedModel(analyst, fingerprint, model.bytes())));
        return trained;
    }

    private void keep(SavedModel model) {
        if (keepingStopped) {
            return;
        }
        try {
            models.saveModel(model);
        } catch (WorkspaceClosedException e) {
            // The window closed while the model waited to be written: it is trained again at the next open.
        } catch (StoreException e) {
            if (!keepingStopped) {
                LOG.log(Level.WARNING, "the recommender model could not be kept with the workspace", e);
            }
        }
    }

    /**
     * Keeps no model from now on: the workspace is about to close. Returns at once, never waiting for a model being
     * written; safe to call from any thread.
     */
    public void stopKeepingModels() {
        keepingStopped = true;
    }

    /** How many models this service has trained, not counting those it loaded from the workspace. */
    public long trainings() {
        return trainings.get();
    }
}
