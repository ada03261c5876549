package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automatic backup a start owes (the newest over 12 hours old, or none) copies the whole workspace: it is made
 * once the window is on screen and filled, not while its first frame is built (decision 0081).
 */
class FirstBackupAfterTheFirstFrameTest {
    @TempDir
    Path folder;

    @Test
    void theBackupDueAtTheStartIsMadeOnceTheWindowIsFilled() throws IOException {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        Path backups = folder.resolve("w.db.backups");
        HeadlessFx.start();

        // The background work runs at once where it is handed over: a check handed over before the window's first
        // frame would have made its copy by the time the window is open.
        WorkbenchWindow window = HeadlessFx.call(() -> WorkbenchWindow.open(new Stage(), Workspace.open(file),
                new WorkbenchWindow.Options("tester", Annotator.Role.ANNOTATOR, null, Locale.ENGLISH,
                        BackgroundWork.synchronous(), BackgroundWork.synchronous(), question -> Optional.empty(),
                        SessionMemory.NONE)).orElseThrow());
        try {
            assertThat(copies(backups)).as("backups as the window opens").isZero();

            window.awaitFilled();
            assertThat(copies(backups)).as("backups once it is filled").isOne();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static long copies(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(each -> each.getFileName().toString().endsWith(".db")).count();
        }
    }
}
