package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommender's first training reads every gold article and may train a model: it begins once the window is on
 * screen and filled, not while its first frame is built beside it (decision 0084).
 */
class FirstTrainingAfterTheFirstFrameTest {
    @TempDir
    Path folder;

    @Test
    void theFirstTrainingIsHandedOverOnceTheWindowIsFilled() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        HeadlessFx.start();
        // Counted, not run: what matters is when a training is handed to its thread.
        AtomicInteger trainings = new AtomicInteger();
        BackgroundWork training = task -> trainings.incrementAndGet();

        // Read in the same turn as the opening: once it returns, the FX thread may fill the window at any moment.
        AtomicInteger atOpening = new AtomicInteger(-1);
        WorkbenchWindow window = HeadlessFx.call(() -> {
            WorkbenchWindow opened = WorkbenchWindow.open(new Stage(), Workspace.open(file),
                    new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH,
                            BackgroundWork.synchronous(), training, question -> Optional.empty(),
                            SessionMemory.NONE)).orElseThrow();
            atOpening.set(trainings.get());
            return opened;
        });
        try {
            assertThat(atOpening).as("trainings handed over as the window opens").hasValue(0);

            window.awaitFilled();
            assertThat(trainings).as("trainings handed over once it is filled").hasValue(1);
        } finally {
            HeadlessFx.run(window::close);
        }
    }
}
