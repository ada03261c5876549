package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.ui.command.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review menu offers a move only where the user's role and some layer's state allow it, and follows them. */
class ReviewMenuStatesTest {
    private static final List<Command> MOVES = List.of(Command.SUBMIT, Command.TAKE_FOR_REVIEW, Command.SIGN_OFF,
            Command.RETURN, Command.REOPEN);

    @TempDir
    Path folder;

    @Test
    void aReviewerIsOfferedTheMovesTheLayersAllow() {
        // mona's layer is in review, ali's submitted.
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona");
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            assertThat(enabled(window)).isEqualTo(Map.of(Command.SUBMIT, false, Command.TAKE_FOR_REVIEW, true,
                    Command.SIGN_OFF, true, Command.RETURN, true, Command.REOPEN, false));

            HeadlessFx.run(() -> {
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.monaClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            KeyPresses.press(robot, KeyCode.A);
            KeyPresses.press(robot, KeyCode.S, KeyCode.CONTROL, KeyCode.ALT);
            assertThat(enabled(window)).isEqualTo(Map.of(Command.SUBMIT, false, Command.TAKE_FOR_REVIEW, true,
                    Command.SIGN_OFF, false, Command.RETURN, false, Command.REOPEN, true));
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void anAnnotatorIsOfferedOnlyTheSubmissionOfTheirOwnWork() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona");
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "ali", Annotator.Role.ANNOTATOR,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> Optional.empty());
        try {
            assertThat(enabled(window)).as("ali's own layer is submitted; mona's is not his")
                    .doesNotContainValue(true);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static Map<Command, Boolean> enabled(WorkbenchWindow window) {
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        return HeadlessFx.call(() -> {
            MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menu-bar");
            List<MenuItem> items = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(MenuItem::isVisible).toList();
            return MOVES.stream().collect(Collectors.toMap(command -> command, command -> items.stream()
                    .filter(item -> english.getString(command.nameKey()).equals(item.getText())).findFirst()
                    .map(item -> !item.isDisable()).orElseThrow()));
        });
    }
}
