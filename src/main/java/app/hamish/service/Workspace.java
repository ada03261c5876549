package app.hamish.service;

import app.hamish.model.Annotator;
import app.hamish.model.ArticleExport;
import app.hamish.model.CueLexicon;
import app.hamish.model.MergeReport;
import app.hamish.model.ExportFilter;
import app.hamish.model.WorkspaceStats;
import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import app.hamish.store.PostgresWorkspaceStore;
import app.hamish.model.ServerAddress;
import app.hamish.store.SqliteWorkspaceStore;
import app.hamish.store.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** An open workspace and the services through which everything in it is read and changed. */
public final class Workspace implements AutoCloseable {
    /** Where the workbench and the command line look when no {@code --workspace} is given. */
    public static final Path DEFAULT_LOCATION = Path.of("annotations", "workbench.db");

    private final WorkspaceStore store;
    private final ModelKeeping models;
    private final ArticleReads reads;
    private final CorpusService corpus;
    private final AnnotationService annotations;
    private final ReviewService review;
    private final AgreementService agreement;

    public Workspace(WorkspaceStore store, Clock clock) {
        this(store, clock, ModelKeeping.in(store), ArticleReads.in(store));
    }

    Workspace(WorkspaceStore store, Clock clock, ModelKeeping models, ArticleReads reads) {
        this.store = store;
        this.models = models;
        this.reads = reads;
        WorkflowRules rules = new WorkflowRules(reads, store);
        this.corpus = new CorpusService(store);
        this.annotations = new AnnotationService(store, reads, rules);
        this.review = new ReviewService(store, reads, rules, clock);
        this.agreement = new AgreementService(store, reads);
    }

    /** Starts loading what opening a workspace file needs (SQLite's library) while the caller does other work. */
    public static void prepareToOpenFiles() {
        SqliteWorkspaceStore.loadLibraryAhead();
    }

    /**
     * @throws app.hamish.store.WorkspaceOpenException if the file is in use, foreign, newer or damaged
     */
    public static Workspace open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Workspace open(Path file, Clock clock) {
        return new Workspace(SqliteWorkspaceStore.open(file, clock), clock);
    }

    /**
     * Opens the workspace in a database on a PostgreSQL server, creating its schema in an empty database.
     *
     * @throws app.hamish.store.WorkspaceOpenException if the server cannot be reached or refuses the login, or the
     *                                                 database holds something else or a newer workspace
     */
    public static Workspace open(ServerAddress server) {
        return open(server, null);
    }

    /** As {@link #open(ServerAddress)}, with a password the user typed (null: PGPASSWORD or ~/.pgpass). */
    public static Workspace open(ServerAddress server, String password) {
        Clock clock = Clock.systemUTC();
        return new Workspace(PostgresWorkspaceStore.open(server, password, clock), clock);
    }

    /**
     * Opens an existing workspace to read it while the workbench or another command may have it open; changes
     * through it are refused.
     *
     * @throws app.hamish.store.WorkspaceOpenException if the file is missing, foreign, older, newer or damaged
     */
    public static Workspace openForReading(Path file) {
        return new Workspace(SqliteWorkspaceStore.openForReading(file), Clock.systemUTC());
    }

    /**
     * Who acts in this workspace. On a server it is the login, whatever is asked: the server guards each change by
     * who is logged in (decision 0024), so another name is refused rather than quietly replaced. On a file it is
     * {@code requested}, which may be null (not said).
     *
     * @throws RefusedException if on a server {@code requested} names someone other than the login
     */
    public String actingName(String requested) {
        if (!(store instanceof PostgresWorkspaceStore server)) {
            return requested;
        }
        String login = server.address().user();
        if (requested != null && !requested.equals(login)) {
            throw new RefusedException(Refusal.NOT_LOGIN, login, requested);
        }
        return login;
    }

    /** Whether this is a team's workspace on a server: there the login acts, and an admin imports the articles. */
    public boolean onServer() {
        return store instanceof PostgresWorkspaceStore;
    }

    public Path location() {
        return store.location();
    }

    public CorpusService corpus() {
        return corpus;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public ReviewService review() {
        return review;
    }

    /**
     * Runs several changes (through any of this workspace's services) as one transaction: all are committed when
     * {@code work} returns, none when it throws.
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return store.atomically(work);
    }

    /** As {@link #atomically(java.util.function.Supplier)}, for changes that return nothing. */
    public void atomically(Runnable work) {
        store.atomically(work);
    }

    /**
     * As {@link #atomically(Runnable)}, for changes to one article's rows (its annotations, their review, its layer
     * states): on a server they wait only for changes to the same article (decision 0033).
     */
    public void atomicallyIn(long articleId, Runnable work) {
        store.atomicallyIn(java.util.Set.of(articleId), work);
    }

    /** Suggestions drawn from this lexicon (see {@link CueLexicons}) and the article's own annotations. */
    public SuggestionService suggestions(CueLexicon lexicon) {
        return suggestions(lexicon, BesideThread.shared());
    }

    /** As {@link #suggestions(CueLexicon)}, what runs beside the caller running on {@code beside}. */
    SuggestionService suggestions(CueLexicon lexicon, Executor beside) {
        return new SuggestionService(store, reads, models, lexicon, beside);
    }

    public AgreementService agreement() {
        return agreement;
    }

    public WorkspaceStats stats() {
        return store.stats();
    }

    public void exportArticles(ExportFilter filter, Consumer<ArticleExport> sink) {
        store.exportArticles(filter, sink);
    }

    /**
     * Brings another workspace's work in (see {@link WorkspaceStore#mergeFrom}); {@code by} is recorded as having
     * merged it.
     */
    public MergeReport merge(Path other, Annotator by) {
        return store.mergeFrom(other, by::id);
    }

    /**
     * As {@link #merge(Path, Annotator)}, recorded as the annotator named {@code byName}, added if new in the
     * merge's own transaction: a refused merge leaves no trace.
     */
    public MergeReport merge(Path other, String byName) {
        return store.mergeFrom(other, () -> annotations.annotator(byName, Annotator.Role.ANNOTATOR).id());
    }

    /** Refuses an output path that is this workspace's own file (an export there would destroy the work). */
    public void requireNotWorkspaceFile(Path target) {
        store.requireNotWorkspaceFile(target);
    }

    public void backupTo(Path target) {
        store.backupTo(target);
    }

    /** Unless {@code replace}, an existing {@code target} is refused and left as it is. */
    public void backupTo(Path target, boolean replace) {
        store.backupTo(target, replace);
    }

    /** See {@link WorkspaceStore#backUpIfDue()}: safe to call from a background thread. */
    public Optional<Path> backUpIfDue() {
        return store.backUpIfDue();
    }

    /** See {@link WorkspaceStore#subscribe(ChangeListener)}. */
    public ChangeSubscription subscribe(ChangeListener listener) {
        return store.subscribe(listener);
    }

    /** See {@link WorkspaceStore#created()}. */
    public boolean created() {
        return store.created();
    }

    /** See {@link WorkspaceStore#discardCreated(Throwable)}. */
    public void discardCreated(Throwable failure) {
        store.discardCreated(failure);
    }

    @Override
    public void close() {
        store.close();
    }
}
