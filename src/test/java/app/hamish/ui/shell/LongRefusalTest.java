package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refusal quoting Arabic and offsets shows them in order (each a bidi isolate) and in full: the status line
 * breaks a message too long for it into lines instead of cutting it off.
 */
class LongRefusalTest {
    @TempDir
    Path folder;

    @Test
    void theSignOffRefusalShowsTheUndecidedAnnotationsInOrderAndInFull() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona");
        String span = fixture.stored(fixture.monaClaim()).span().toString();
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 640, 700, question -> Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            KeyPresses.press(robot, KeyCode.S, KeyCode.CONTROL, KeyCode.ALT);
            String hint = HeadlessFx.call(() -> window.session().hintProperty().get());
            assertThat(hint).isEqualTo("Cannot sign off: 1 annotation(s) undecided: CLAIM \u201c\u2068"
                    + TwoLayersInReview.CLAIM + "\u2069\u201d \u2068" + span + "\u2069.");

            Label message = HeadlessFx.call(() -> (Label) window.stage().getScene().lookup("#status-line")
                    .lookup(".status-label"));
            String shown = HeadlessFx.call(() -> message.getText());
            assertThat(shown).as("broken into lines").contains("\n");
            assertThat(shown.replace('\n', ' ').replace('\u00a0', ' ')).isEqualTo(hint);
            assertThat(HeadlessFx.call(() -> ((Text) message.lookup(".text")).getText()))
                    .as("drawn whole, not cut off").isEqualTo(shown);
            Node bar = HeadlessFx.call(() -> window.stage().getScene().lookup("#status-line"));
            assertThat(HeadlessFx.call(() -> bar.getLayoutBounds().getHeight()))
                    .as("the status line grew to hold the lines").isGreaterThan(40);
            WindowPng.write(window, "long-refusal");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void inArabicTheOffsetsKeepTheirOrderBesideTheQuotedText() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona");
        String span = fixture.stored(fixture.monaClaim()).span().toString();
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 520, 700, Locale.forLanguageTag("ar"));
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            KeyPresses.press(robot, KeyCode.S, KeyCode.CONTROL, KeyCode.ALT);
            String hint = HeadlessFx.call(() -> window.session().hintProperty().get());
            // Right to left, JavaFX draws isolates as boxes: left-to-right marks keep the offsets in order.
            assertThat(hint).contains("CLAIM \u201c" + TwoLayersInReview.CLAIM + "\u201d \u200e" + span + "\u200e");
            Label message = HeadlessFx.call(() -> (Label) window.stage().getScene().lookup("#status-line")
                    .lookup(".status-label"));
            String shown = HeadlessFx.call(() -> message.getText());
            assertThat(shown.replace('\n', ' ').replace('\u00a0', ' ')).isEqualTo(hint);
            assertThat(HeadlessFx.call(() -> ((Text) message.lookup(".text")).getText()))
                    .as("drawn whole, not cut off").isEqualTo(shown);
            WindowPng.write(window, "long-refusal-ar");
        } finally {
            HeadlessFx.run(window::close);
        }
    }
}
