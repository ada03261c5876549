package app.hamish.ui;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleSummary;
import app.hamish.model.CorpusMatch;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import app.hamish.ui.article.ArticleStyle;
import app.hamish.ui.article.ArticleView;
import app.hamish.ui.article.ArticleViewModel;
import app.hamish.ui.article.RecommenderTraining;
import app.hamish.ui.article.ReviewViewModel;
import app.hamish.ui.article.SuggestionsViewModel;
import app.hamish.ui.command.Command;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window on one workspace. The workspace is opened (and, when empty, given the sample articles) before
 * the window shows, so a refused workspace never leaves a half-built window.
 */
public final class WorkbenchWindow {
    private static final Logger LOG = Logger.getLogger(WorkbenchWindow.class.getName());
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
    }

    private final Workspace workspace;
    private final Stage stage;
    private final String annotatorName;
    private Annotator annotator;
    private final Options options;
    private final ArticleStyle style = new ArticleStyle();
    private final Map<Long, String> annotatorNames = new HashMap<>();
    private ArticleListViewModel articles;
    private ArticleViewModel article;
    private ReviewViewModel review;
    private SuggestionsViewModel suggestions;
    private ArticlePane articlePane;
    private ArticleListPane listPane;
    private StatusLine status;
    private boolean closed;
    private boolean guideOpen;
    private TransferActions transfers;
    private BackupSchedule backups;
    private CorpusFindWindow corpusFind;
    private Locale locale;

    private WorkbenchWindow(Workspace workspace, Stage stage, String annotatorName, Options options) {
        this.workspace = workspace;
        this.stage = stage;
        this.annotatorName = annotatorName;
        this.options = options;
    }

    /** The annotator's record is created with their first annotation, not by merely looking. */
    private Annotator annotator() {
        if (annotator == null) {
            annotator = workspace.annotations().annotator(annotatorName, options.role());
        }
        return annotator;
    }

    /**
     * Shows the window on an open workspace (which it then owns and closes), first giving an empty workspace the
     * sample articles. Empty when the user declines to name themselves.
     */
    public static Optional<WorkbenchWindow> open(Stage stage, Workspace workspace, Options options) {
        ResourceBundle messages = Messages.bundle(options.locale());
        workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        Optional<String> name = Optional.ofNullable(options.annotator())
                .or(() -> new AnnotatorChoice().chooseOrAsk(messages));
        if (name.isEmpty()) {
            workspace.close();
            return Optional.empty();
        }
        WorkbenchWindow window = new WorkbenchWindow(workspace, stage, name.get(), options);
        window.guideOpen = options.memory().guideWanted();
        window.build(options.locale());
        window.openFirstArticle(Optional.ofNullable(options.articleId())
                .or(() -> options.memory().lastArticle(workspace.location())));
        stage.show();
        window.backups = BackupSchedule.start(workspace, options.background(), problem -> window.status.note(
                MessageFormat.format(messages.getString("status.backupFailed"), problem)));
        return Optional.of(window);
    }

    private void build(Locale locale) {
        this.locale = locale;
        ResourceBundle messages = Messages.bundle(locale);
        Article open = article == null ? null : article.articleProperty().get();
        articles = new ArticleListViewModel(workspace.corpus());
        articles.reload();
        article = new ArticleViewModel(workspace.annotations(), workspace.review(), this::annotator, messages);
        listPane = new ArticleListPane(articles, messages);
        review = new ReviewViewModel(article, this::nameOfAnnotator);
        ReasonPrompt reasons = options.reasons() != null ? options.reasons()
                : ReasonPrompt.dialog(stage, messages.getString("app.title"));
        SuggestionService suggestionService = workspace.suggestions(UserCues.load(article.hintProperty()::set));
        suggestions = new SuggestionsViewModel(article, suggestionService, this::annotator,
                options.background()::run);
        RecommenderTraining.start(article, suggestionService, annotatorName, suggestions, options.training()::run);
        articlePane = new ArticlePane(article, review, suggestions, reasons, style, messages);
        ReviewPane reviewPane = new ReviewPane(article, review, reasons, messages);
        AnnotationPane annotationPane = new AnnotationPane(article, articlePane.view(), this::nameOfAnnotator,
                reviewPane, messages);
        status = new StatusLine(article, annotatorName, messages);
        transfers = new TransferActions(workspace, options.background(), status, messages, this::reloadAfterImport);

        SplitPane panes = new SplitPane(listPane.node(), articlePane.node(), annotationPane.node());
        panes.setDividerPositions(0.2, 0.72);
        BorderPane root = new BorderPane(panes);
        Function<WorkflowTransition, Runnable> move = transition -> () -> review.transitionWhereOffered(transition,
                () -> reasons.ask(messages.getString("review.returnQuestion")));
        MenuBar menus = WorkbenchMenus.build(new WorkbenchActions()
                .on(Command.IMPORT_ARTICLES, () -> transfers.chooseAndImport(stage))
                .importingAnnotations(format -> transfers.chooseAndImportAnnotations(stage, format))
                .exporting((format, filter) -> transfers.chooseAndExport(stage, format, filter))
                .on(Command.MERGE, () -> transfers.chooseAndMerge(stage, this::annotator))
                .on(Command.QUIT, this::quit)
                .on(Command.UNDO, article::undo).enabledWhen(Command.UNDO, article.canUndoProperty())
                .on(Command.REDO, article::redo).enabledWhen(Command.REDO, article.canRedoProperty())
                .on(Command.DELETE_ANNOTATION, article::deleteSelected)
                .on(Command.FIND, articlePane::openFind)
                .on(Command.FIND_IN_CORPUS, this::openCorpusFind)
                .switching(Command.SUGGEST_ACROSS_CORPUS, suggestions.acrossCorpusProperty())
                .on(Command.ZOOM_IN, () -> style.zoom(1.1))
                .on(Command.ZOOM_OUT, () -> style.zoom(1 / 1.1))
                .switchingLanguage(this::switchLanguage)
                .on(Command.SUBMIT, move.apply(WorkflowTransition.SUBMIT))
                .on(Command.TAKE_FOR_REVIEW, move.apply(WorkflowTransition.TAKE_FOR_REVIEW))
                .on(Command.SIGN_OFF, move.apply(WorkflowTransition.SIGN_OFF))
                .on(Command.RETURN, move.apply(WorkflowTransition.RETURN))
                .on(Command.REOPEN, move.apply(WorkflowTransition.REOPEN))
                .on(Command.AGREEMENT, () -> AgreementWindow.show(stage, workspace, article, articlePane.view(),
                        messages))
                .on(Command.SHORTCUTS, () -> Shortcuts.show(stage, article.labels(), messages)), messages);
        VBox top = new VBox(menus);
        if (guideOpen) {
            top.getChildren().add(FirstRunGuide.build(article.labels(), messages, forGood -> {
                top.getChildren().setAll(menus);
                closeGuide(forGood);
            }));
        }
        root.setTop(top);
        root.setBottom(status.node());
        root.setNodeOrientation(locale.getLanguage().equals("ar") ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);

        listPane.list().getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            Article current = article.articleProperty().get();
            // A count update replaces the list item; that is not a request to reopen (and lose undo history).
            if (now != null && (current == null || current.id() != now.id())) {
                workspace.corpus().article(now.id()).ifPresent(this::show);
            }
        });
        article.annotations().addListener((ListChangeListener<Object>) change -> {
            Article current = article.articleProperty().get();
            if (current != null) {
                articles.updateCount(current.id(), article.annotations().size());
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
        }
        stage.setTitle(messages.getString("app.title"));
    }

    /** Gives the stage the workbench's scene (its style and key handling) with {@code root} in it, for now. */
    static void prepareScene(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        AltWithMouse.install(scene);
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
        article.open(opened);
        options.memory().opened(workspace.location(), opened.externalId());
        stage.setTitle(opened.title() + " — " + Messages.bundle(options.locale()).getString("app.title"));
        articlePane.view().requestFocus();
    }

    /** Opens the article asked for, or the first one when it is not (or no longer) in the workspace. */
    private void openFirstArticle(Optional<String> externalId) {
        if (!externalId.map(this::selectInList).orElse(false) && !listPane.list().getItems().isEmpty()) {
            listPane.list().getSelectionModel().selectFirst();
        }
    }

    /** After an import or merge: new articles in the list, and the open article shown as it now is. */
    private void reloadAfterImport() {
        articles.reload();
        Article current = article.articleProperty().get();
        if (current != null) {
            workspace.corpus().article(current.id()).ifPresent(article::open);
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
        Article shown = article.articleProperty().get();
        int start = shown.text().toUtf16(match.span().start());
        article.select(start, shown.text().toUtf16(match.span().end()), true);
        articlePane.view().scrollToOffset(start);
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

    private void switchLanguage(Locale chosen) {
        if (corpusFind != null) {
            corpusFind.stage().close();
            corpusFind = null;
        }
        build(chosen);
    }

    private String nameOfAnnotator(long id) {
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

    public ArticleViewModel articleModel() {
        return article;
    }

    public SuggestionsViewModel suggestionsModel() {
        return suggestions;
    }

    public ReviewViewModel reviewModel() {
        return review;
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
        closed = true;
        if (backups != null) {
            backups.stop();
        }
        if (corpusFind != null) {
            corpusFind.stage().close();
        }
        stage.close();
        workspace.close();
    }
}
