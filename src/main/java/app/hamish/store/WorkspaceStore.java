package app.hamish.store;

import app.hamish.model.AnnotatedText;
import app.hamish.model.RejectedText;
import app.hamish.model.Annotation;
import app.hamish.model.ArticleFeed;
import app.hamish.model.AuditEntry;
import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import app.hamish.model.LayerState;
import app.hamish.model.MergeReport;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder.Rejection;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleSummary;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.ExportFilter;
import app.hamish.model.GoldProvenance;
import app.hamish.model.ImportReport;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.SavedModel;
import app.hamish.model.Span;
import app.hamish.model.WorkspaceStats;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything Hamish keeps, behind one interface so that a shared server backend can follow the SQLite one.
 * Every method that changes data commits before it returns: there is no unsaved state. A method that throws
 * has changed nothing.
 */
public interface WorkspaceStore extends AutoCloseable {

    Path location();

    /**
     * Runs {@code work}, whose changes through this store then commit together when it returns, or not at all when
     * it throws: for imports and other batches that make several kinds of change.
     */
    <T> T atomically(java.util.function.Supplier<T> work);

    /** As {@link #atomically(java.util.function.Supplier)}, for work that returns nothing. */
    default void atomically(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #atomically(java.util.function.Supplier)}, for changes to these articles' rows (annotations, their
     * review, layer states) and nothing of the whole workspace: on a server it waits only for changes to the same
     * articles, so analysts on different articles commit side by side (decision 0033).
     */
    <T> T atomicallyIn(Set<Long> articleIds, java.util.function.Supplier<T> work);

    /** As {@link #atomicallyIn(Set, java.util.function.Supplier)}, for work that returns nothing. */
    default void atomicallyIn(Set<Long> articleIds, Runnable work) {
        atomicallyIn(articleIds, () -> {
            work.run();
            return null;
        });
    }

    List<Label> labels();

    Label addLabel(Label label);

    /** The annotator of that name, created with {@code role} if new. */
    Annotator annotator(String name, Annotator.Role role);

    /** The people and importers whose layers the workspace holds, by name; the gold layer's owner is not one. */
    List<Annotator> annotators();

    /** The annotator of that id among {@link #annotators()}, read alone: every commit of an annotation names one. */
    Optional<Annotator> annotator(long id);

    /** The ids of the annotators this workspace lists as its reviewers: a merge brings in decisions only by them. */
    Set<Long> reviewers();

    /** Lists an annotator as a reviewer of this workspace, audited as {@code byId}'s; a repeat changes nothing. */
    void addReviewer(long annotatorId, long byId);

    /** Adds the batch in one transaction; articles whose text the workspace already holds are skipped. */
    ImportReport addArticles(List<NewArticle> batch);

    /**
     * As {@link #addArticles(List)}, storing the articles while the feed is still reading the rest; a refusal the
     * feed throws undoes the whole import. A store whose import holds off other clients' writes reads the whole
     * feed first instead.
     */
    ImportReport addArticles(ArticleFeed feed);

    List<ArticleSummary> articleSummaries();

    Optional<Article> article(long id);

    Optional<Article> articleByExternalId(String externalId);

    /** The stored SHA-256 of an article's text, without reading the text. */
    Optional<String> articleSha256(long articleId);

    int articleCount();

    Annotation addAnnotation(NewAnnotation annotation);

    /** Adds all in one transaction. */
    List<Annotation> addAnnotations(List<NewAnnotation> annotations);

    /**
     * Writes the annotation's span, label, subtype and note as its next version, and stamps it as updated now.
     *
     * @throws ChangedSinceException if the stored annotation is no longer at {@code annotation.version()}
     */
    Annotation updateAnnotation(Annotation annotation, long actorId);

    /**
     * Writes the annotation's span, label, subtype, note and update time exactly as given, so that undoing an edit
     * leaves no trace of it; the version still moves on, as someone who read the edit must not write over the undo.
     *
     * @throws ChangedSinceException if the stored annotation is no longer at {@code readVersion}
     */
    Annotation replaceAnnotation(Annotation exact, long readVersion, long actorId);

    /** An annotation of that article by that annotator with exactly this span, label and subtype, if any. */
    Optional<Annotation> findSame(NewAnnotation annotation);

    /**
     * Whether {@link #findSame} would find one, without reading it: every commit of a new annotation asks, and it is
     * nearly always no.
     */
    boolean holdsSame(NewAnnotation annotation);

    /**
     * Deletes the annotation with its relations and review decision, and returns all of them.
     *
     * @throws ChangedSinceException if the stored annotation is no longer at {@code readVersion}
     */
    DeletedAnnotation deleteAnnotation(long annotationId, long readVersion, long actorId);

    /**
     * Puts back what {@link #deleteAnnotation} removed, with the same ids and times.
     *
     * @throws ConflictException if an id has been taken or a related annotation deleted since
     */
    void restoreAnnotation(DeletedAnnotation deleted, long actorId);

    Optional<Annotation> annotation(long annotationId);

    /** The article's annotations in text order. */
    List<Annotation> annotations(long articleId);

    /**
     * The article's annotations with exactly this span, of every layer (gold's too), in id order: what a decision on
     * one of them weighs, read without the article's whole list.
     */
    List<Annotation> annotationsAt(long articleId, Span span);

    Relation addRelation(long fromAnnotationId, long toAnnotationId, String type, long actorId);

    List<Relation> relations(long articleId);

    void deleteRelation(Relation relation, long actorId);

    /** Puts a deleted relation back with its id; refused if the id is taken or an end is gone. */
    void restoreRelation(Relation relation, long actorId);

    /**
     * Records (or replaces) a reviewer's decision, audited as theirs, and returns it as stored, with its version.
     *
     * @param readVersion the version of the annotation's decision it was made on (0: none)
     * @throws ChangedSinceException if the annotation's decision is at another version now
     */
    ReviewDecision recordDecision(ReviewDecision decision, long readVersion);

    /**
     * Removes the decision on an annotation (to undo it) and returns it, or null if there was none.
     *
     * @throws ChangedSinceException if the annotation's decision is no longer at {@code readVersion}
     */
    ReviewDecision withdrawDecision(long annotationId, long readVersion, long actorId);

    /** The decisions on an article's annotations, by annotation id. */
    Map<Long, ReviewDecision> decisions(long articleId);

    /**
     * The ids of the articles whose normalised text ({@code ArabicNormalizer}) may hold one of the keys, from an
     * index; empty where there is none to ask (a PostgreSQL workspace, a key too short for it) and every article
     * must be read. A superset: the caller finds the exact matches.
     */
    Optional<Set<Long>> searchCandidates(List<String> keys);

    /**
     * Indexes up to {@code most} of the articles an import or merge left pending, in one transaction, and returns
     * how many; 0 when none is left, and always on a server, which indexes in the transaction that adds an article
     * (what it has not indexed is indexed when a login that may opens it). Until then they are searched by reading
     * them (decision 0038).
     */
    int indexPendingForSearch(int most);

    /** How many articles are left pending for {@link #indexPendingForSearch}; 0 on a server. */
    int pendingForSearch();

    /** The decision on one annotation, or null: an edit reads this, not the article's whole map. */
    ReviewDecision decision(long annotationId);

    /**
     * Adds a span to the article's gold layer with its provenance ({@code sources}: each annotator who had it, with
     * their annotation), audited as the adjudicator's, under a new id or {@code id} when given (putting a copy back
     * as it was); refused (ConflictException) when gold already holds that span, label and subtype, or the id is
     * taken.
     */
    Annotation addGold(NewAnnotation gold, Long id, long adjudicatorId, Map<Long, Long> sources);

    /** The provenance of an article's gold spans, by gold annotation id. */
    Map<Long, GoldProvenance> goldProvenance(long articleId);

    /** The provenance of the gold spans that name this annotation as one they came from, by gold annotation id. */
    Map<Long, GoldProvenance> goldProvenanceFrom(long sourceAnnotationId);

    /** Remembers that a suggestion was rejected, audited as the actor's; a repeat changes nothing. */
    void rejectSuggestion(Suggestion suggestion, long actorId);

    /** The spans and labels rejected as suggestions in an article. */
    Set<Rejection> rejectedSuggestions(long articleId);

    /** Distinct strings annotated in the other articles (not rejected in review), for corpus propagation. */
    List<AnnotatedText> annotatedOutside(long articleId);

    /** Distinct strings annotated in every article (not rejected in review): what rejections are weighed against. */
    List<AnnotatedText> annotatedAnywhere();

    /** The words of every suggestion rejected in the workspace, one a rejection (decision 0035). */
    List<RejectedText> rejectedTexts();

    /** The recommender model last saved for this analyst, if any. */
    Optional<SavedModel> savedModel(String analyst);

    /**
     * Keeps the model as the analyst's, in place of the one before, unless another writer holds the workspace: a
     * model is trained again when none is kept, and waiting for a whole import or merge elsewhere would hold up this
     * workspace's close.
     *
     * @return whether the model was kept
     */
    boolean saveModel(SavedModel model);

    WorkflowState state(long articleId, long annotatorId);

    /** The layers of an article that have left NEW. */
    List<LayerState> states(long articleId);

    /**
     * Moves a layer along a transition, audited; refused with {@link ConflictException} unless the layer is in
     * the transition's starting state.
     */
    void transition(long articleId, long annotatorId, WorkflowTransition transition, long actorId, String comment);

    /**
     * As {@link #transition(long, long, WorkflowTransition, long, String)}, made on the layer as read at
     * {@code readVersion} ({@link LayerState#version()}; 0: never moved).
     *
     * @throws ChangedSinceException if the layer has moved since
     */
    void transition(long articleId, long annotatorId, WorkflowTransition transition, long readVersion, long actorId,
                    String comment);

    /** The audit log in order, for one article or (null) the whole workspace. */
    void audit(Long articleId, Consumer<AuditEntry> sink);

    /**
     * Brings in another workspace's articles, annotators, annotations, relations, decisions, states and audit log,
     * in one transaction. Idempotent; never writes over local work; refuses (changing nothing) when an article id
     * has different text on the two sides, or when the other file fails any check an import would make (see
     * {@code MergeSource}). The merge itself is audited as the actor's, whose id {@code actor} gives inside the
     * merge's transaction (so a refused merge adds no annotator either).
     */
    MergeReport mergeFrom(Path other, java.util.function.LongSupplier actor);

    /** Streams articles in id order from one consistent snapshot, so an export never mixes two states. */
    void exportArticles(ExportFilter filter, Consumer<ArticleExport> sink);

    WorkspaceStats stats();

    /** Refuses (ConflictException) a path that is the workspace file itself or one of its companion files. */
    void requireNotWorkspaceFile(Path target);

    /** Writes a consistent copy of the workspace to {@code target} while it stays open. */
    void backupTo(Path target);

    /**
     * As {@link #backupTo(Path)}; unless {@code replace}, an existing {@code target} is refused (ConflictException)
     * and left as it is.
     */
    void backupTo(Path target, boolean replace);

    /**
     * Makes an automatic backup if the newest is older than the backup interval and returns it. It reads through
     * its own connection, so it may run on another thread while the workspace is being changed.
     */
    Optional<Path> backUpIfDue();

    /**
     * Closes a workspace that this open created, removing it and its side files before letting go of the lock, so
     * that no other process can have opened it (and saved work in it) in between; for work that failed on a
     * workspace made for it. What cannot be removed is added to {@code failure}.
     *
     * @throws IllegalStateException if the workspace existed before this open
     */
    void discardCreated(Throwable failure);

    /**
     * Tells {@code listener} of changes others commit to this workspace, within a second, until the subscription
     * is closed; this client's own commits are left out.
     */
    ChangeSubscription subscribe(ChangeListener listener);

    /** Whether this open created the workspace file. */
    boolean created();

    @Override
    void close();
}
