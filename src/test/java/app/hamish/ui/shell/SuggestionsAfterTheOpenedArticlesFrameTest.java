package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.service.Workspace;
import app.hamish.ui.frame.AfterFrame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing an article in the workbench: its suggestions are computed once the frame showing it is drawn, not beside
 * the opening on the machine's other core (decision 0086), and then shown.
 */
class SuggestionsAfterTheOpenedArticlesFrameTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void theChosenArticlesSuggestionsBeginAfterItsFrameAndArrive() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        HeadlessFx.start();
        // Counted as handed to the background, then run there at once, on the FX thread.
        AtomicInteger handedOver = new AtomicInteger();
        BackgroundWork background = task -> {
            handedOver.incrementAndGet();
            task.run();
        };
        WorkbenchWindow window = HeadlessFx.call(() -> WorkbenchWindow.open(new Stage(), Workspace.open(file),
                new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH, background,
                        BackgroundWork.synchronous(), question -> Optional.empty(), SessionMemory.NONE)).orElseThrow());
        try {
            window.awaitFilled();
            ArticleSummary other = HeadlessFx.call(() -> window.articleList().getLast());
            // The window's own (no article), then the first article's once its frame is drawn.
            HeadlessFx.await(() -> handedOver.get() >= 2, WITHIN, "the first article's suggestions never began");
            HeadlessFx.settle();

            AtomicInteger before = new AtomicInteger();
            AtomicInteger inItsFrame = new AtomicInteger(-1);
            HeadlessFx.run(() -> {
                before.set(handedOver.get());
                window.openArticle(other.externalId());
                AfterFrame.inItsPulse(window.stage().getScene(), () -> inItsFrame.set(handedOver.get()));
            });

            HeadlessFx.await(() -> inItsFrame.get() >= 0, WITHIN, "no frame drawn the article");
            assertThat(inItsFrame.get()).as("computations handed over by the frame showing the article")
                    .isEqualTo(before.get());
            HeadlessFx.await(() -> window.suggestionsModel().offered().stream()
                    .anyMatch(suggestion -> suggestion.articleId() == other.id()), WITHIN,
                    "the chosen article's suggestions never arrived");
            assertThat(handedOver.get()).as("computations handed over after it").isGreaterThan(before.get());
        } finally {
            HeadlessFx.run(window::close);
        }
    }
}
