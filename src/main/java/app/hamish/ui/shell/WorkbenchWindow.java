package app.hamish.ui.shell;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleSummary;
import app.hamish.model.CorpusMatch;
import app.hamish.model.Label;
import app.hamish.model.ServerAddress;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.model.ChangeSubscription;
import app.hamish.store.NotAllowedException;
import app.hamish.store.StoreException;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.article.AnnotationPane;
import app.hamish.ui.article.ArticleKeys;
import app.hamish.ui.article.ArticlePane;
import app.hamish.ui.article.ArticleStyle;
import app.hamish.ui.article.ArticleView;
import app.hamish.ui.command.Command;
import app.hamish.ui.find.CorpusFindWindow;
import app.hamish.ui.frame.AfterFrame;
import app.hamish.ui.frame.OnUnsubscribe;
import app.hamish.ui.frame.StyledInItsPulse;
import app.hamish.ui.review.AdjudicationPane;
import app.hamish.ui.review.AdjudicationViewModel;
import app.hamish.ui.review.AgreementWindow;
import app.hamish.ui.review.ReasonPrompt;
import app.hamish.ui.review.ReviewPane;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.suggest.RecommenderTraining;
import app.hamish.ui.suggest.SuggestionsViewModel;
import app.hamish.ui.suggest.UserCues;
import app.hamish.ui.transfer.TransferActions;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The main window on one workspace. The workspace is opened (and, when empty, given the sample articles) before
 * the window shows, so a refused workspace never leaves a half-built window.
 */
public final class WorkbenchWindow {
    private static final Logger LOG = Logger.getLogger(WorkbenchWindow.class.getName());
    /** How long the annotations stay unchanged before the recommender trains on them (decision 0040). */
    private static final Duration TRAINING_PAUSE = Duration.millis(1500);
    /**
     * How long closing waits for a training under way, whose model is then kept: a training takes about a second
     * on a workspace of a few dozen gold articles (decision 0040). Past it the training drops its model.
     */
    private static final java.time.Duration TRAINING_ENDS_WITHIN = java.time.Duration.ofSeconds(5);
    /**
     * How to open: who annotates (null: ask or remember), which article first (null: the one open last time, else
     * the first), the UI language, where long work runs (imports, exports and suggestions in {@code background},
     * the recommender's training apart in {@code training}, so suggestions never wait behind it), and what is
     * remembered between runs (including whether to show the guide).
     */
    public record Options(String annotator, Annotator.Role role, String articleId, Locale locale,
                          BackgroundWork background, BackgroundWork training, ReasonPrompt reasons,
                          SessionMemory memory) {
        public static Options defaults() {
            return new Options(null, Annotator.Role.ANNOTATOR, null, Locale.getDefault(),
                    BackgroundWork.singleThread("hamish-background"), BackgroundWork.singleThread("hamish-training"),
                    null, SessionMemory.user());
        }

        Options withAnnotator(String name) {
            return new Options(name, role, articleId, locale, background, training, reasons, memory);
        }
    }

    private final Workspace workspace;
    private final Stage stage;
    private final String annotatorName;
    private final Options options;
    /** Written into the workspace with their first change, not by merely looking. */
    private final Analyst analyst;
    private final ArticleStyle style = new ArticleStyle();
    private final Map<Long, String> annotatorNames = new HashMap<>();
    private ArticleListViewModel articles;
    private ArticleSession session;
    private AnnotateViewModel article;
    private ReviewViewModel review;
    private AdjudicationViewModel adjudication;
    private SuggestionsViewModel suggestions;
    private ArticlePane articlePane;
    private ReviewPane reviewPane;
    /** What the views of the current language follow; let go when the language changes. */
    private Subscription views;
    private ArticleListPane listPane;
    private StatusLine status;
    /** Volatile: the background indexing reads it off the FX thread. */
    private volatile boolean closed;
    private boolean guideOpen;
    private TransferActions transfers;
    /**
     * Every TransferActions the window has built, one per language shown: an export started before a change of
     * language runs on under the earlier one, and the close must stop it too.
     */
    private final List<TransferActions> allTransfers = new ArrayList<>();
    private BackgroundIndexing indexing;
    private BackupSchedule backups;
    private RecommenderTraining training;
    /** What the recommender's trainings update; they begin once the window is filled. */
    private SuggestionService suggestionService;
    private CorpusFindWindow corpusFind;
    private Locale locale;
    /** The tag set the views were built with: their label buttons, keys' names and colours. */
    private List<Label> labelsShown = List.of();
    /** Changes others commit to a server workspace, until the window closes. */
    private ChangeSubscription changesElsewhere;
    private final BooleanProperty connectionLost = new SimpleBooleanProperty();
    /** Done once the article list and the first article, read after the first frame, are shown. */
    private final CompletableFuture<Void> filled = new CompletableFuture<>();

    private WorkbenchWindow(Workspace workspace, Stage stage, String annotatorName, Options options) {
        this.workspace = workspace;
        this.stage = stage;
        this.annotatorName = annotatorName;
        this.options = options;
        this.analyst = new Analyst(workspace.annotations(), annotatorName, options.role());
    }

    /**
     * Waits, off the FX thread, until the article list and the first article are shown: they are read once the
     * window's first frame is drawn.
     */
    public void awaitFilled() {
        HeadlessFx.awaitDone(filled, java.time.Duration.ofSeconds(60),
                "the workbench did not show its articles within 60 s");
    }


    /**
     * Shows the window on an open workspace (which it then owns and closes), first giving an empty workspace the
     * sample articles. Empty when the user declines to name themselves.
     */
    public static Optional<WorkbenchWindow> open(Stage stage, Workspace workspace, Options options) {
        ResourceBundle messages = Messages.bundle(options.locale());
        try {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        } catch (NotAllowedException e) {
            // On a team server only an admin adds articles (decision 0024): the list stays empty until one does.
            LOG.info(() -> "no sample articles: " + e.getMessage());
        }
        // On a server the login acts (decision 0024): a name remembered from a file workspace does not apply there.
        Optional<String> name = Optional.ofNullable(workspace.onServer() ? workspace.actingName(null)
                        : options.annotator())
                .or(() -> new AnnotatorChoice().chooseOrAsk(messages));
        if (name.isEmpty()) {
            workspace.close();
            return Optional.empty();
        }
        WorkbenchWindow window = new WorkbenchWindow(workspace, stage, name.get(), options);
        window.guideOpen = options.memory().guideWanted();
        window.startSession(messages);
        window.build(options.locale());
        window.indexing = new BackgroundIndexing(workspace, options.background(), () -> Messages.bundle(window.locale),
                text -> window.status.note(text), () -> !window.closed);
        stage.show();
        // The window's first frame is drawn, then it is filled: listing a large corpus and opening a long article
        // are reads the analyst should see happen in a window, not wait for before one appears (decision 0034).
        AfterFrame.run(stage.getScene(), () -> {
            if (!window.closed) {
                try {
                    window.articles.reload();
                    window.openFirstArticle(Optional.ofNullable(options.articleId())
                            .or(() -> options.memory().lastArticle(workspace.location())));
                } finally {
                    // Begun even if the list or the article could not be read (a lost server): they retry by
                    // themselves, and a later article's annotations are theirs to follow.
                    window.startBackgroundWork(options, messages);
                }
            }
            window.filled.complete(null);
            // After the filled window's frame: what a first tag would build first is built in time not waited on.
            AfterFrame.run(stage.getScene(), () -> {
                if (!window.closed) {
                    window.reviewPane.buildAhead();
                }
            });
        });
        window.changesElsewhere = workspace.subscribe(new LiveUpdates(window.new ChangesElsewhere(),
                Platform::runLater));
        return Optional.of(window);
    }

    /** What runs beside the analyst once the window is filled, on the machine's other core. */
    private void startBackgroundWork(Options options, ResourceBundle messages) {
        // What an import or merge left unindexed before the last close (decision 0038).
        indexing.start();
        // The first check copies the whole workspace when its newest backup is over 12 hours old: on a machine's
        // other core, made before the first frame it competed with that frame (decision 0081).
        backups = BackupSchedule.start(workspace, options.background(), problem -> status.note(
                MessageFormat.format(messages.getString("status.backupFailed"), problem)));
        // The first training reads every gold article and the analyst's entities, and trains when the model kept
        // with the workspace no longer fits them: begun before the first frame, it competed with that frame
        // (decision 0084). No annotation changes before the article opens.
        training = RecommenderTraining.start(session, suggestionService, annotatorName, suggestions,
                options.training()::run, TRAINING_PAUSE);
    }

    /**
     * The open article's session and the view models working through it, made once: switching the language
     * builds new views on them, so the open article, its selection and its undo stay.
     */
    private void startSession(ResourceBundle messages) {
        articles = new ArticleListViewModel(workspace.corpus());
        session = new ArticleSession(workspace, analyst, messages);
        article = new AnnotateViewModel(session);
        review = new ReviewViewModel(session, this::nameOfAnnotator);
        adjudication = new AdjudicationViewModel(session, this::nameOfAnnotator);
        suggestionService = workspace.suggestions(UserCues.load(session.hintProperty()::set));
        // An opened article's suggestions are computed once its first screen is drawn: beside the opening they took
        // one of two cores from it (decision 0086). The scene is asked for then: the views are built after this.
        suggestions = new SuggestionsViewModel(session, suggestionService, options.background()::run,
                work -> AfterFrame.run(stage.getScene(), work));
        session.annotations().subscribe(() -> {
            Article current = session.article();
            if (current != null) {
                articles.updateCount(current.id(), session.annotations().size());
            }
        });
    }

    private void build(Locale locale) {
        this.locale = locale;
        ResourceBundle messages = Messages.bundle(locale);
        session.useMessages(messages);
        labelsShown = session.labels();
        Article open = session.article();
        if (views != null) {
            views.unsubscribe();
        }
        listPane = new ArticleListPane(articles, messages);
        ReasonPrompt reasons = options.reasons() != null ? options.reasons()
                : ReasonPrompt.dialog(stage, messages.getString("app.title"),
                messages.getString("review.answerNeeded"));
        articlePane = new ArticlePane(article, review, suggestions, reasons, style, messages,
                options.background()::run);
        reviewPane = new ReviewPane(article, review, reasons, messages);
        ArticleKeys.installAdjudication(articlePane.view(), adjudication, session);
        AdjudicationPane adjudicationPane = new AdjudicationPane(adjudication, articlePane.view(), messages);
        AnnotationPane annotationPane = new AnnotationPane(article, articlePane.view(), this::nameOfAnnotator,
                reviewPane, messages);
        annotationPane.node().getChildren().add(adjudicationPane.node());
        status = new StatusLine(session, annotatorName, connectionLost, messages);
        views = Subscription.combine(OnUnsubscribe.run(articlePane::dispose), OnUnsubscribe.run(reviewPane::dispose),
                OnUnsubscribe.run(annotationPane::dispose), OnUnsubscribe.run(adjudicationPane::dispose),
                OnUnsubscribe.run(status::dispose));
        transfers = new TransferActions(workspace, options.background(), status, messages, this::reloadAfterImport);
        allTransfers.add(transfers);

        SplitPane panes = new SplitPane(listPane.node(), articlePane.node(), annotationPane.node());
        panes.setDividerPositions(0.2, 0.72);
        BorderPane root = new BorderPane(panes);
        Function<WorkflowTransition, Runnable> move = transition -> () -> review.transitionWhereOffered(transition,
                () -> reasons.ask(messages.getString("review.returnQuestion")));
        MenuBar menus = WorkbenchMenus.build(new WorkbenchActions(session.waiting()::settle)
                .on(Command.OPEN_TEAM_WORKSPACE, () -> TeamWorkspaceDialog.show(stage, messages,
                        PasswordPrompt.dialog(stage, messages), this::moveToTeam))
                .openingRecent(options.memory().recentWorkspaces(), this::openRecent)
                .on(Command.IMPORT_ARTICLES, () -> transfers.chooseAndImport(stage))
                .importingAnnotations(format -> transfers.chooseAndImportAnnotations(stage, format))
                .exporting((format, filter) -> transfers.chooseAndExport(stage, format, filter))
                .on(Command.MERGE, () -> transfers.chooseAndMerge(stage, analyst::get))
                .on(Command.QUIT, this::quit)
                .on(Command.UNDO, session::undo).enabledWhen(Command.UNDO, session.canUndoProperty())
                .namedAfter(Command.UNDO, "menu.undoNamed", session.undoNameProperty())
                .on(Command.REDO, session::redo).enabledWhen(Command.REDO, session.canRedoProperty())
                .namedAfter(Command.REDO, "menu.redoNamed", session.redoNameProperty())
                .on(Command.DELETE_ANNOTATION, article::deleteSelected)
                .on(Command.FIND, articlePane::openFind)
                .on(Command.FIND_IN_CORPUS, this::openCorpusFind)
                .switching(Command.SUGGEST_ACROSS_CORPUS, suggestions.acrossCorpusProperty())
                .switching(Command.HIDE_IMPRECISE_SOURCES, suggestions.hideImpreciseProperty())
                .on(Command.ZOOM_IN, () -> style.zoom(1.1))
                .on(Command.ZOOM_OUT, () -> style.zoom(1 / 1.1))
                .switchingLanguage(this::switchLanguage)
                .on(Command.SUBMIT, move.apply(WorkflowTransition.SUBMIT))
                .enabledWhen(Command.SUBMIT, review.offeredOnAnyLayer(WorkflowTransition.SUBMIT))
                .on(Command.TAKE_FOR_REVIEW, move.apply(WorkflowTransition.TAKE_FOR_REVIEW))
                .enabledWhen(Command.TAKE_FOR_REVIEW, review.offeredOnAnyLayer(WorkflowTransition.TAKE_FOR_REVIEW))
                .on(Command.SIGN_OFF, move.apply(WorkflowTransition.SIGN_OFF))
                .enabledWhen(Command.SIGN_OFF, review.offeredOnAnyLayer(WorkflowTransition.SIGN_OFF))
                .on(Command.RETURN, move.apply(WorkflowTransition.RETURN))
                .enabledWhen(Command.RETURN, review.offeredOnAnyLayer(WorkflowTransition.RETURN))
                .on(Command.REOPEN, move.apply(WorkflowTransition.REOPEN))
                .enabledWhen(Command.REOPEN, review.offeredOnAnyLayer(WorkflowTransition.REOPEN))
                .on(Command.AGREEMENT, () -> AgreementWindow.show(stage, workspace, article, articlePane.view(),
                        messages))
                .switching(Command.ADJUDICATE, adjudication.activeProperty())
                .on(Command.ACCEPT_ALL_AGREED, adjudication::acceptAllAgreed)
                .enabledWhen(Command.ACCEPT_ALL_AGREED, adjudication.canAcceptAgreed())
                .on(Command.NEXT_DISAGREEMENT, adjudication::nextDisagreement)
                .enabledWhen(Command.NEXT_DISAGREEMENT, adjudication.canStepDisagreements())
                .on(Command.PREVIOUS_DISAGREEMENT, adjudication::previousDisagreement)
                .enabledWhen(Command.PREVIOUS_DISAGREEMENT, adjudication.canStepDisagreements())
                .on(Command.NEXT_VERSION, adjudication::nextVersion)
                .enabledWhen(Command.NEXT_VERSION, adjudication.activeProperty())
                .on(Command.CHOOSE_VERSION, adjudication::chooseSelected)
                .enabledWhen(Command.CHOOSE_VERSION, adjudication.activeProperty())
                .on(Command.SHORTCUTS, () -> Shortcuts.show(stage, article.labels(), messages)), messages);
        VBox top = new VBox(menus);
        if (guideOpen) {
            top.getChildren().add(FirstRunGuide.build(session.labels(), messages, forGood -> {
                top.getChildren().setAll(menus);
                closeGuide(forGood);
            }));
        }
        root.setTop(top);
        root.setBottom(status.node());
        root.setNodeOrientation(locale.getLanguage().equals("ar") ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);

        listPane.list().getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            Article current = session.article();
            // A count update replaces the list item; that is not a request to reopen (and lose undo history).
            if (now != null && (current == null || current.id() != now.id())) {
                workspace.corpus().article(now.id()).ifPresent(this::show);
            }
        });
        if (stage.getScene() == null) {
            prepareScene(stage, root);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setOnCloseRequest(event -> closeTellingTheUser());
        if (open != null) {
            selectInList(open.externalId());
            // The article stays open, so the list does not reopen it and give its view the keyboard. The new
            // controls' skins are made first (a skin made later may take the focus for itself), then the view asks.
            root.applyCss();
            root.layout();
            articlePane.view().requestFocus();
        }
        stage.setTitle(messages.getString("app.title"));
    }

    /** Gives the stage the workbench's scene (its style and key handling) with {@code root} in it, for now. */
    static void prepareScene(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        AltWithMouse.install(scene);
        StyledInItsPulse.install(scene);
        stage.setScene(scene);
    }

    private void closeGuide(boolean forGood) {
        if (forGood) {
            options.memory().guideNotWanted();
        }
        guideOpen = false;
        articlePane.view().requestFocus();
    }

    private void show(Article opened) {
        session.open(opened);
        options.memory().opened(workspace.location(), opened.externalId());
        stage.setTitle(opened.title() + " — " + Messages.bundle(options.locale()).getString("app.title"));
        articlePane.view().requestFocus();
    }

    /**
     * Opens the article asked for, or the first one when it is not (or no longer) in the workspace: then the status
     * line says which was asked for, so that a remembered article deleted or merged away does not just vanish.
     */
    private void openFirstArticle(Optional<String> externalId) {
        if (externalId.map(this::selectInList).orElse(false)) {
            return;
        }
        if (!listPane.list().getItems().isEmpty()) {
            listPane.list().getSelectionModel().selectFirst();
        }
        externalId.ifPresent(missing -> status.note(MessageFormat.format(
                Messages.bundle(locale).getString("status.articleGone"), missing)));
    }

    /** Says {@code message} in the status line, as the window's own notes are. */
    void note(String message) {
        status.note(message);
    }

    /**
     * After an import or merge: new articles in the list, and the open article shown as it now is, with what the
     * merge brought; the analyst's undo stays.
     */
    private void reloadAfterImport() {
        if (closed) {
            return;
        }
        articles.reload();
        session.reload();
        indexing.start();
    }

    /** File → Open Recent: a team server is connected to in the background, a file opened at once. */
    private void openRecent(WorkspaceLocation chosen) {
        ResourceBundle messages = Messages.bundle(locale);
        if (chosen.isServer()) {
            TeamWorkspaceDialog.reconnect(stage, messages, PasswordPrompt.dialog(stage, messages), chosen.server(),
                    this::moveToTeam);
            return;
        }
        Workspace other;
        try {
            other = chosen.open(null);
        } catch (StoreException e) {
            LOG.warning(() -> "recent workspace refused: " + e.getMessage());
            status.note(e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(stage);
            alert.setHeaderText(messages.getString("recent.cannotOpen"));
            alert.show();
            return;
        }
        moveTo(chosen, other);
    }

    private void moveToTeam(ServerAddress server, Workspace team) {
        moveTo(WorkspaceLocation.of(server), team);
    }

    /**
     * Opens a workbench on another workspace, already open, in place of this one, in the same language: on a server
     * as its login, on a file as this window's analyst. It is remembered among the recent workspaces.
     *
     * @return the new workbench, or empty when no one was named to annotate (the workspace is then closed)
     */
    Optional<WorkbenchWindow> moveTo(WorkspaceLocation location, Workspace opened) {
        Stage next = new Stage();
        next.setWidth(stage.getWidth());
        next.setHeight(stage.getHeight());
        Optional<WorkbenchWindow> window = open(next, opened, new Options(location.isServer() ? null : annotatorName,
                options.role(), null, locale, options.background(), options.training(), options.reasons(),
                options.memory()));
        window.ifPresent(shown -> {
            options.memory().openedWorkspace(location);
            // The new window is on screen before this one goes, so JavaFX never sees the last window close.
            close();
        });
        return window;
    }

    /** What another client committed, and the server connection's coming and going, shown as they happen. */
    private final class ChangesElsewhere implements LiveUpdates.Workbench {
        /**
         * The list's counts, and the open article when it changed: its highlights, table, review pane and layer
         * states follow the session. Selection and undo stay (see {@link ArticleSession#reload()}).
         */
        @Override
        public void showChangesMadeElsewhere(Set<Long> articleIds, boolean everything) {
            if (closed) {
                return;
            }
            try {
                Article open = session.article();
                if (articles.refresh() && open != null) {
                    selectInList(open.externalId());
                }
                if (open != null && (everything || articleIds.contains(open.id()))) {
                    session.reload();
                }
                if (everything && !session.labels().equals(labelsShown)) {
                    // A label an admin added, renamed or recoloured: the views are built again on the same session,
                    // as for a change of language, so the article, its selection and undo stay.
                    build(locale);
                }
            } catch (StoreException e) {
                status.note(e.getMessage());
            }
        }

        @Override
        public void connectionLost(String reason) {
            connectionLost.set(true);
            status.note(MessageFormat.format(Messages.bundle(locale).getString("status.connectionLost"), reason));
        }

        @Override
        public void reconnected() {
            connectionLost.set(false);
            status.note(Messages.bundle(locale).getString("status.reconnected"));
        }
    }

    /**
     * Find in all articles; the window is kept (with its results) until the workbench closes or the language
     * changes.
     */
    CorpusFindWindow openCorpusFind() {
        if (corpusFind == null) {
            corpusFind = new CorpusFindWindow(stage, workspace, options.background(), this::reveal,
                    stage.getScene().getRoot().getNodeOrientation(), Messages.bundle(locale));
        }
        corpusFind.show();
        return corpusFind;
    }

    /** Opens the match's article with the match selected and in view, and gives the article the keyboard. */
    private void reveal(CorpusMatch match) {
        if (!selectInList(match.articleId())) {
            return;
        }
        session.selectText(match.span());
        articlePane.view().scrollToOffset(match.span().start());
        stage.toFront();
        articlePane.view().requestFocus();
    }

    /** Opens an article as choosing it in the list does; false when the workspace has no such article. */
    public boolean openArticle(String externalId) {
        return selectInList(externalId);
    }

    private boolean selectInList(String externalId) {
        for (ArticleSummary summary : listPane.list().getItems()) {
            if (summary.externalId().equals(externalId)) {
                listPane.list().getSelectionModel().select(summary);
                listPane.list().scrollTo(summary);
                return true;
            }
        }
        return false;
    }

    void switchLanguage(Locale chosen) {
        if (corpusFind != null) {
            corpusFind.close();
            corpusFind = null;
        }
        build(chosen);
    }

    private String nameOfAnnotator(long id) {
        if (id == Annotator.GOLD_ID) {
            return Messages.bundle(locale == null ? options.locale() : locale).getString("adjudication.gold");
        }
        return annotatorNames.computeIfAbsent(id, missing -> workspace.annotations().annotators().stream()
                .filter(candidate -> candidate.id() == missing).map(Annotator::name).findFirst()
                .orElse("#" + missing));
    }

    private void quit() {
        closeTellingTheUser();
        Platform.exit();
    }

    /** As the user closes the workbench, a failure to close the workspace is shown before the workbench exits. */
    private void closeTellingTheUser() {
        try {
            close();
        } catch (StoreException e) {
            LOG.warning(() -> "closing the workspace failed: " + e.getMessage());
            CloseFailure.alert(e, Messages.bundle(locale)).showAndWait();
        }
    }

    public Stage stage() {
        return stage;
    }

    public AnnotateViewModel articleModel() {
        return article;
    }

    public ArticleSession session() {
        return session;
    }

    public SuggestionsViewModel suggestionsModel() {
        return suggestions;
    }

    public ReviewViewModel reviewModel() {
        return review;
    }

    public AdjudicationViewModel adjudication() {
        return adjudication;
    }

    public ArticleView articleView() {
        return articlePane.view();
    }

    public ArticleStyle style() {
        return style;
    }

    public String statusText() {
        return status.text();
    }

    /** The article list as shown, with its counts. */
    List<ArticleSummary> articleList() {
        return listPane.list().getItems();
    }

    /** Whether the status line says the connection to the server is lost. */
    public boolean showsConnectionLost() {
        return connectionLost.get();
    }

    TransferActions transfers() {
        return transfers;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Closes the window and the workspace; everything was committed as it happened. */
    public void close() {
        if (closed) {
            return;
        }
        // A key's edit still waiting for the frame that shows it as saving is committed before the workspace closes,
        // and the session's commit thread stops.
        session.close();
        closed = true;
        if (changesElsewhere != null) {
            changesElsewhere.close();
        }
        if (backups != null) {
            backups.stop();
        }
        // An export or a find in all articles holds the workspace for its whole stream, and a training ending now
        // waits behind it to keep its model: they are stopped first, so that the wait for the training is for the
        // training.
        allTransfers.forEach(TransferActions::stop);
        if (corpusFind != null) {
            corpusFind.close();
        }
        if (training != null) {
            training.stop(TRAINING_ENDS_WITHIN);
        }
        if (suggestions != null) {
            suggestions.stop();
        }
        stage.close();
        workspace.close();
    }
}
