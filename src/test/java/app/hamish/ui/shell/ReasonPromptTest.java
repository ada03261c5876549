package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.review.ReasonPrompt;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** An empty reason, confirmed, is asked for again rather than taken as a cancel; Escape still cancels. */
class ReasonPromptTest {
    @Test
    void anEmptyAnswerIsAskedForAgain() throws Exception {
        HeadlessFx.start();
        Stage owner = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            WorkbenchWindow.prepareScene(stage, new javafx.scene.layout.StackPane());
            stage.show();
            return stage;
        });
        Robot robot = HeadlessFx.call(Robot::new);
        ReasonPrompt prompt = ReasonPrompt.dialog(owner, "Hamish", "It cannot be left empty.");
        try {
            CompletableFuture<Optional<String>> answer = ask(prompt);
            KeyPresses.press(robot, KeyCode.ENTER);
            assertThat(answer).isNotDone();
            assertThat(HeadlessFx.call(() -> dialog().getHeaderText()))
                    .isEqualTo("Why is this annotation rejected?\nIt cannot be left empty.");
            HeadlessFx.run(() -> ((TextField) dialog().lookup(".text-field")).setText("  the source is not named "));
            KeyPresses.press(robot, KeyCode.ENTER);
            assertThat(answer.get(10, TimeUnit.SECONDS)).contains("the source is not named");

            CompletableFuture<Optional<String>> cancelled = ask(prompt);
            KeyPresses.press(robot, KeyCode.ESCAPE);
            assertThat(cancelled.get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            HeadlessFx.run(owner::close);
        }
    }

    private static CompletableFuture<Optional<String>> ask(ReasonPrompt prompt) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(prompt.ask("Why is this annotation rejected?")));
        HeadlessFx.settle();
        return answer;
    }

    private static DialogPane dialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene().getRoot()).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst().orElseThrow();
    }
}
