package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A and R on an annotation whose layer is not in review say why nothing happened, and R asks no reason first. */
class DecidingOutsideReviewTest {
    @TempDir
    Path folder;

    @Test
    void acceptingAndRejectingOutsideReviewSayWhy() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona");
        List<String> questions = new ArrayList<>();
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> {
                    questions.add(question);
                    return Optional.of("not needed");
                });
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.aliClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            KeyPresses.press(robot, KeyCode.A);
            assertThat(hint(window)).isEqualTo("Annotations are decided during review; this layer is submitted.");
            HeadlessFx.run(() -> window.session().hintProperty().set(""));
            KeyPresses.press(robot, KeyCode.R);
            assertThat(hint(window)).isEqualTo("Annotations are decided during review; this layer is submitted.");
            assertThat(questions).isEmpty();
            assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get().id()))
                    .isEqualTo(fixture.aliClaim());
            assertThat(HeadlessFx.call(() -> window.session().decisions())).isEmpty();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static String hint(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().hintProperty().get());
    }
}
