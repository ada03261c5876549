package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file and what an uncaught error does: logged with its trace, and the user told where, without blocking. */
class UncaughtErrorsTest {
    @TempDir
    Path folder;

    @Test
    void anUncaughtErrorGoesToTheLogFileWithItsTraceAndTheUserIsToldOnceAtATime() throws Exception {
        Path log = DataFolder.logFile(folder.resolve("data"));
        List<Runnable> told = new ArrayList<>();
        UncaughtErrors errors = new UncaughtErrors(told::add);
        Handler handler = LogFile.install(log);
        try {
            errors.uncaughtException(Thread.currentThread(), new IllegalStateException("the boom"));
            errors.uncaughtException(Thread.currentThread(), new IllegalStateException("the second boom"));
            handler.flush();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("SEVERE",
                    "java.lang.IllegalStateException: the boom", "the second boom",
                    "at app.hamish.ui.shell.UncaughtErrorsTest.");
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        // A repeated error does not stack dialogs; once the user has closed the first, the next one is shown.
        assertThat(told).hasSize(1);
        told.getFirst().run();
        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("later"));
        assertThat(told).hasSize(2);
    }

    @Test
    void theDialogSaysNothingWasLostAndGivesTheLogsPathInEitherLanguage() {
        HeadlessFx.start();
        Path log = folder.resolve("logs/hamish.log");
        assertThat(dialogTexts(log, Locale.ENGLISH)).containsExactly(
                "Hamish hit an unexpected error. Nothing was lost: every change was saved\nto the workspace the "
                        + "moment you made it, and you can carry on working.\n\nThe details are in the log file:",
                log.toAbsolutePath().toString());
        assertThat(dialogTexts(log, Locale.forLanguageTag("ar")))
                .satisfies(texts -> assertThat(texts.getFirst()).contains("لم يُفقد شيء"))
                .contains(log.toAbsolutePath().toString());
    }

    @Test
    void onTheFxThreadTheErrorOpensTheDialogWithoutBlocking() throws Exception {
        HeadlessFx.start();
        Path log = folder.resolve("logs/hamish.log");
        Thread.UncaughtExceptionHandler before = HeadlessFx.call(() -> Thread.currentThread()
                .getUncaughtExceptionHandler());
        try {
            HeadlessFx.run(() -> UncaughtErrors.installOnFxThread(log, Messages.bundle(Locale.ENGLISH)));
            Platform.runLater(() -> {
                throw new IllegalStateException("thrown on the FX thread on purpose by a test");
            });
            Stage dialog = ShownDialog.within(Duration.ofSeconds(10), Duration.ofMillis(20)).orElseThrow();
            assertThat(HeadlessFx.call(() -> ((TextField) dialog.getScene().lookup("#error-log-path")).getText()))
                    .isEqualTo(log.toAbsolutePath().toString());
            // The FX thread still answers: nothing waits for the dialog to be closed.
            assertThat(HeadlessFx.call(() -> "answered")).isEqualTo("answered");
            HeadlessFx.run(dialog::close);
        } finally {
            HeadlessFx.run(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        }
    }

    private static List<String> dialogTexts(Path log, Locale locale) {
        return HeadlessFx.call(() -> {
            Alert alert = UncaughtErrors.dialog(log, Messages.bundle(locale));
            return List.of(((Label) alert.getDialogPane().lookup("#error-text")).getText(),
                    ((TextField) alert.getDialogPane().lookup("#error-log-path")).getText());
        });
    }
}
