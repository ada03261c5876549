package app.hamish.ui.shell;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The analyst's and the reviewer's keys, pressed once each after the everyday start has shown its window, for the
 * AOT cache's training run ({@code --rehearse-keys}): the cache then holds the classes and profiles of tagging,
 * deleting, undoing, redoing, accepting a suggestion and a reviewer's decision, which a start that exits once
 * shown never loads, and which the analyst's first press of each key otherwise loads, links and interprets cold
 * (decision 0074); then the suggestions of a long article, whose loops the cache's profiles let a start compile at
 * once (decision 0104). The keys go to the focused node through the scene's dispatch, as the toolkit hands a real key
 * on, so they reach the same handlers and accelerators. They act on a workspace of the rehearsal's own in a
 * temporary folder, deleted after, never on the one the start opened, and remember nothing in the preferences.
 * Each step done is printed ({@link #STEP}), so the build and its test can see the training still does them.
 */
final class KeyRehearsal {
    /** Printed before each step's name once it is done. */
    static final String STEP = "hamish: rehearsed ";
    /** Printed when every step is done and the workbench is about to exit. */
    static final String DONE = "hamish: rehearsal done";
    private static final Logger LOG = Logger.getLogger(KeyRehearsal.class.getName());
    private static final String ANALYST = "rehearsal";
    private static final String REVIEWER = "rehearsal-reviewer";
    private static final Duration STEP_WITHIN = Duration.ofSeconds(60);
    /** The longest class of article analysts bring (issue 17's 982,867 characters). */
    private static final int LONG_CHARACTERS = 1_000_000;
    private static final int LONG_ANNOTATIONS = 10_000;
    /** Why the rehearsal stopped short, for the launcher to report as the exit code once JavaFX has stopped. */
    private static volatile RuntimeException failure;

    private final PrintStream out;
    /** The rehearsal's windows still open: closed before its workspace's folder is deleted, however it ends. */
    private final List<WorkbenchWindow> openWindows = new CopyOnWriteArrayList<>();

    private KeyRehearsal(PrintStream out) {
        this.out = out;
    }

    /** Starts the rehearsal once {@code everyday} is filled; JavaFX exits at its end, whether it got there or not. */
    static void after(WorkbenchWindow everyday, PrintStream out) {
        Thread.ofPlatform().name("hamish-rehearsal").daemon().start(() -> {
            Path folder = null;
            KeyRehearsal rehearsal = new KeyRehearsal(out);
            try {
                everyday.awaitFilled();
                folder = Files.createTempDirectory("hamish-rehearsal");
                rehearsal.rehearse(everyday, folder.resolve("rehearsal.db"));
                out.println(DONE);
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                // A linkage error or an assertion must fail the build too, not leave it a cache trained on half.
                failure = new IllegalStateException("the rehearsal stopped: " + e, e);
            } finally {
                rehearsal.closeOpen();
                deleteQuietly(folder);
                Platform.exit();
            }
        });
    }

    static Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The keys, on a new workspace at {@code database}. */
    private void rehearse(WorkbenchWindow everyday, Path database) {
        // Between the rehearsal's windows none is showing: JavaFX must not take that for the end.
        HeadlessFx.run(() -> Platform.setImplicitExit(false));
        WorkbenchWindow analyst = open(database, ANALYST, Annotator.Role.ANNOTATOR, null);
        HeadlessFx.run(everyday::close);
        long articleId = HeadlessFx.call(() -> analyst.session().article().id());
        String externalId = HeadlessFx.call(() -> analyst.session().article().externalId());
        annotate(analyst);
        close(analyst);
        handToReviewer(database, articleId);
        WorkbenchWindow reviewer = open(database, REVIEWER, Annotator.Role.REVIEWER, externalId);
        review(reviewer);
        close(reviewer);
        suggestOnALongArticle(database);
    }

    /**
     * Suggests on an article of a million characters and ten thousand annotations, the recommender trained on them
     * first, as a workbench does when such an article is opened: the cache then holds the profiles of that work's
     * loops, and JDK 25 compiles them as soon as a start runs them, so the first long article a start opens is not
     * suggested by code still being interpreted (decision 0104). Through the workspace's service, not a window: a
     * window laying out the article would make JavaFX's methods hot as well, and the everyday start would compile
     * those early too.
     */
    private void suggestOnALongArticle(Path database) {
        try (Workspace workspace = Workspace.open(database)) {
            Article article = ViewBenchmark.longArticle(workspace, LONG_CHARACTERS, LONG_ANNOTATIONS, ANALYST);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain(ANALYST);
            if (suggestions.offered(article, true).stream()
                    .noneMatch(suggestion -> suggestion.source() == SuggestionSource.RECOMMENDER)) {
                throw new IllegalStateException("the recommender found no name in the rehearsal's long article");
            }
        }
        out.println(STEP + "long article's suggestions");
    }

    private void close(WorkbenchWindow window) {
        openWindows.remove(window);
        HeadlessFx.run(window::close);
    }

    /** After a step that failed: the windows let go of the workspace before its folder goes. */
    private void closeOpen() {
        for (WorkbenchWindow window : openWindows) {
            try {
                close(window);
            } catch (RuntimeException e) {
                LOG.warning(() -> "a rehearsal window did not close: " + e);
            }
        }
    }

    /** Tags a word that recurs, undoes and redoes it, deletes it and undoes that, then accepts a suggestion. */
    private void annotate(WorkbenchWindow window) {
        Span word = HeadlessFx.call(() -> recurringWord(window));
        HeadlessFx.run(() -> {
            window.articleView().scrollToOffset(word.start());
            window.session().selectText(word);
            window.articleView().requestFocus();
        });
        int before = HeadlessFx.call(() -> count(window));
        press(window, "tag", () -> count(window) == before + 1, KeyCode.DIGIT1);
        press(window, "undo", () -> count(window) == before, KeyCode.Z, KeyCode.CONTROL);
        press(window, "redo", () -> count(window) == before + 1, KeyCode.Z, KeyCode.CONTROL, KeyCode.SHIFT);
        HeadlessFx.run(() -> {
            Annotation tagged = window.session().annotations().stream()
                    .filter(annotation -> annotation.span().equals(word)).findFirst().orElseThrow();
            window.session().selectAnnotation(tagged);
            window.articleView().requestFocus();
        });
        press(window, "delete", () -> count(window) == before, KeyCode.DELETE);
        press(window, "undo of the delete", () -> count(window) == before + 1, KeyCode.Z, KeyCode.CONTROL);
        // The word's other places are offered once the suggestions, asked for again after each edit, are computed.
        waitFor("suggestions offered", () -> !window.suggestionsModel().offered().isEmpty());
        Suggestion current = HeadlessFx.call(() -> window.suggestionsModel().currentProperty().get());
        press(window, "next suggestion", () -> {
            Suggestion now = window.suggestionsModel().currentProperty().get();
            return now != null && now != current;
        }, KeyCode.CLOSE_BRACKET);
        press(window, "suggestion accept", () -> count(window) == before + 2, KeyCode.Y);
    }

    /** The analyst submits the article and the reviewer takes it, as their own keys would in their windows. */
    private static void handToReviewer(Path database, long articleId) {
        try (Workspace workspace = Workspace.open(database)) {
            Annotator analyst = workspace.annotations().annotator(ANALYST, Annotator.Role.ANNOTATOR);
            Annotator reviewer = workspace.annotations().annotator(REVIEWER, Annotator.Role.REVIEWER);
            if (workspace.review().state(articleId, analyst.id()) == WorkflowState.NEW) {
                workspace.review().transition(articleId, analyst.id(), WorkflowTransition.START, analyst, "", null);
            }
            workspace.review().transition(articleId, analyst.id(), WorkflowTransition.SUBMIT, analyst, "", null);
            workspace.review().transition(articleId, analyst.id(), WorkflowTransition.TAKE_FOR_REVIEW, reviewer, "",
                    null);
        }
    }

    /** The reviewer's window selects the first undecided annotation; A accepts it. */
    private void review(WorkbenchWindow window) {
        Annotation chosen = HeadlessFx.call(() -> {
            window.reviewModel().next();
            window.articleView().requestFocus();
            return window.session().selectedProperty().get();
        });
        if (chosen == null) {
            throw new IllegalStateException("the reviewer's window selected no annotation to decide");
        }
        press(window, "review accept", () -> window.session().decisions().containsKey(chosen.id()), KeyCode.A);
    }

    private WorkbenchWindow open(Path database, String name, Annotator.Role role, String articleId) {
        Workspace workspace = Workspace.open(database);
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        WorkbenchWindow window = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            return WorkbenchWindow.open(stage, workspace, new WorkbenchWindow.Options(name, role, articleId,
                    defaults.locale(), defaults.background(), defaults.training(), question -> Optional.empty(),
                    SessionMemory.NONE)).orElseThrow();
        });
        openWindows.add(window);
        window.awaitFilled();
        return window;
    }

    /**
     * The key, with its modifiers held, as the toolkit hands one to the scene: pressed, typed, released, each to the
     * focused node (the scene when none is); then waits until {@code done}, and says so.
     */
    private void press(WorkbenchWindow window, String step, BooleanSupplier done, KeyCode key,
                       KeyCode... modifiers) {
        List<KeyCode> held = List.of(modifiers);
        boolean shift = held.contains(KeyCode.SHIFT);
        boolean control = held.contains(KeyCode.CONTROL);
        HeadlessFx.run(() -> {
            Scene scene = window.stage().getScene();
            Node focused = scene.getFocusOwner();
            String typed = key.getChar().toLowerCase(Locale.ROOT);
            boolean types = !control && typed.length() == 1 && !Character.isISOControl(typed.charAt(0));
            fire(scene, focused, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", key, shift,
                    control, false, false));
            if (types) {
                fire(scene, focused, new KeyEvent(KeyEvent.KEY_TYPED, typed, "", KeyCode.UNDEFINED, shift,
                        control, false, false));
            }
            fire(scene, focused, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", key, shift,
                    control, false, false));
        });
        waitFor(step, done);
        out.println(STEP + step);
    }

    private static void fire(Scene scene, Node focused, KeyEvent event) {
        if (focused == null) {
            Event.fireEvent(scene, event);
        } else {
            Event.fireEvent(focused, event);
        }
    }

    private static void waitFor(String step, BooleanSupplier condition) {
        HeadlessFx.await(condition, STEP_WITHIN, "the rehearsal's step did not happen within 60 s: " + step);
    }

    private static int count(WorkbenchWindow window) {
        return window.session().annotations().size();
    }

    /** The first word of the open article that is written again later and that no annotation touches. */
    private static Span recurringWord(WorkbenchWindow window) {
        ArticleText text = window.session().article().text();
        List<Annotation> annotations = List.copyOf(window.session().annotations());
        Map<String, Span> seen = new HashMap<>();
        for (Span word : text.words()) {
            if (word.length() < 3 || annotations.stream().anyMatch(each -> each.span().overlaps(word))) {
                continue;
            }
            Span first = seen.putIfAbsent(text.slice(word), word);
            if (first != null) {
                return first;
            }
        }
        throw new IllegalStateException("the first sample article has no word written twice");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs its disk space until the system clears it, not the training.
            LOG.warning(() -> "the rehearsal's folder " + folder + " was not deleted: " + e.getMessage());
        }
    }
}
