package app.hamish.ui.shell;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.ui.review.ReasonPrompt;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;

/** Opens the real workbench window, headless, for tests. */
final class WorkbenchHarness {
    private WorkbenchHarness() {
    }

    static WorkbenchWindow open(Path workspace, String articleId, int width, int height) {
        return open(workspace, "tester", Annotator.Role.ANNOTATOR, articleId, width, height, question -> Optional.empty());
    }

    /** As {@code annotator} in {@code role} on {@code articleId}, at 1200 × 800, asking for no reasons. */
    static WorkbenchWindow open(Path workspace, String annotator, Annotator.Role role, String articleId) {
        return open(workspace, annotator, role, articleId, 1200, 800, question -> Optional.empty());
    }

    /** As above, on a new workspace {@code w.db} in {@code folder} holding the sample articles. */
    static WorkbenchWindow openOnSamples(Path folder, String annotator, Annotator.Role role, String articleId) {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        return open(file, annotator, role, articleId);
    }

    static WorkbenchWindow open(Path workspace, String annotator, Annotator.Role role, String articleId, int width,
                                int height, ReasonPrompt reasons) {
        return open(workspace, annotator, role, articleId, width, height, reasons, SessionMemory.NONE);
    }

    /** With what is remembered between runs (null article: the remembered one, as in the application). */
    static WorkbenchWindow open(Path workspace, String articleId, SessionMemory memory) {
        return open(workspace, "tester", Annotator.Role.ANNOTATOR, articleId, 1200, 800, question -> Optional.empty(),
                memory);
    }

    /** In the interface language {@code locale}, with the layout it brings (mirrored for Arabic). */
    static WorkbenchWindow open(Path workspace, String articleId, Locale locale) {
        return open(workspace, "tester", Annotator.Role.ANNOTATOR, articleId, 1200, 800, question -> Optional.empty(),
                SessionMemory.NONE, locale);
    }

    private static WorkbenchWindow open(Path workspace, String annotator, Annotator.Role role, String articleId,
                                        int width, int height, ReasonPrompt reasons, SessionMemory memory) {
        return open(workspace, annotator, role, articleId, width, height, reasons, memory, Locale.ENGLISH);
    }

    /** As {@code annotator} in the interface language {@code locale}. */
    static WorkbenchWindow open(Path workspace, String annotator, Annotator.Role role, String articleId, int width,
                                int height, Locale locale) {
        return open(workspace, annotator, role, articleId, width, height, question -> Optional.empty(),
                SessionMemory.NONE, locale);
    }

    /** On a workspace already open (a server's), as {@code annotator}; the window owns and closes it. */
    static WorkbenchWindow open(Workspace workspace, String annotator, Annotator.Role role, String articleId) {
        return open(() -> workspace, annotator, role, articleId, 1200, 800, question -> Optional.empty(),
                SessionMemory.NONE, Locale.ENGLISH);
    }

    /**
     * On a workspace already open, as "tester", with the recommender's training run by {@code training} instead of
     * at once on the calling thread.
     */
    static WorkbenchWindow open(Workspace workspace, String articleId, BackgroundWork training) {
        return open(() -> workspace, "tester", Annotator.Role.ANNOTATOR, articleId, 1200, 800,
                question -> Optional.empty(), SessionMemory.NONE, Locale.ENGLISH, training);
    }

    /** On a workspace already open, as "tester", with the long work and the training each run where the test says. */
    static WorkbenchWindow open(Workspace workspace, BackgroundWork background, BackgroundWork training) {
        return open(() -> workspace, "tester", Annotator.Role.ANNOTATOR, "0", 1200, 800, question -> Optional.empty(),
                SessionMemory.NONE, Locale.ENGLISH, background, training);
    }

    private static WorkbenchWindow open(Path workspace, String annotator, Annotator.Role role, String articleId,
                                        int width, int height, ReasonPrompt reasons, SessionMemory memory,
                                        Locale locale) {
        return open(() -> Workspace.open(workspace), annotator, role, articleId, width, height, reasons, memory,
                locale);
    }

    private static WorkbenchWindow open(Supplier<Workspace> workspace, String annotator, Annotator.Role role,
                                        String articleId, int width, int height, ReasonPrompt reasons,
                                        SessionMemory memory, Locale locale) {
        return open(workspace, annotator, role, articleId, width, height, reasons, memory, locale,
                BackgroundWork.synchronous());
    }

    /** With imports, exports and suggestions run by {@code background} instead of at once on the FX thread. */
    static WorkbenchWindow openWithBackground(Path workspace, BackgroundWork background) {
        return open(() -> Workspace.open(workspace), "tester", Annotator.Role.ANNOTATOR, null, 1200, 800,
                question -> Optional.empty(), SessionMemory.NONE, Locale.ENGLISH, background,
                BackgroundWork.synchronous());
    }

    private static WorkbenchWindow open(Supplier<Workspace> workspace, String annotator, Annotator.Role role,
                                        String articleId, int width, int height, ReasonPrompt reasons,
                                        SessionMemory memory, Locale locale, BackgroundWork training) {
        return open(workspace, annotator, role, articleId, width, height, reasons, memory, locale,
                BackgroundWork.synchronous(), training);
    }

    private static WorkbenchWindow open(Supplier<Workspace> workspace, String annotator, Annotator.Role role,
                                        String articleId, int width, int height, ReasonPrompt reasons,
                                        SessionMemory memory, Locale locale, BackgroundWork background,
                                        BackgroundWork training) {
        HeadlessFx.start();
        WorkbenchWindow window = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return WorkbenchWindow.open(stage, workspace.get(), new WorkbenchWindow.Options(annotator,
                    role, articleId, locale, background, training, reasons, memory))
                    .orElseThrow();
        });
        window.awaitFilled();
        // The opened article's suggestions are asked for once its first frame is drawn (decision 0086); looked at
        // before that frame, as a loaded machine may, there are none. With the background at once they are then
        // there; with a background of the test's own, asked for.
        HeadlessFx.awaitNextFrame(window.stage().getScene());
        return window;
    }
}
