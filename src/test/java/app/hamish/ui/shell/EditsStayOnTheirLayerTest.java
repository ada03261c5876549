package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's boundary keys keep editing the annotation selected, though another layer has the very same span. */
class EditsStayOnTheirLayerTest {
    @TempDir
    Path folder;

    @Test
    void boundaryKeysKeepToTheSelectedAnnotationsLayer() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        Annotation mona = fixture.stored(fixture.monaClaim());
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.monaClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            for (int i = 0; i < 4; i++) {
                // Right-to-left: Alt+→ moves the end towards the start, one character a press.
                KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
                assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get().id()))
                        .as("selected after press %d", i + 1).isEqualTo(fixture.monaClaim());
            }
        } finally {
            HeadlessFx.run(window::close);
        }
        assertThat(fixture.stored(fixture.monaClaim()).span())
                .isEqualTo(new Span(mona.span().start(), mona.span().end() - 4));
        assertThat(fixture.stored(fixture.aliClaim()).span()).isEqualTo(mona.span());
    }
}
