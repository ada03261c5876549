package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.ui.command.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.scene.control.CheckMenuItem;
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
                TwoLayersInReview.ARTICLE);
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
                TwoLayersInReview.ARTICLE);
        try {
            assertThat(enabled(window)).as("ali's own layer is submitted; mona's is not his")
                    .doesNotContainValue(true);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void theAdjudicationItemsAreOfferedOnlyWithTheViewOnAndWhileTheyHaveSomethingToDo() {
        // Both layers in review, and both marked the same claim: one agreed span, no disagreement.
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE);
        List<Command> adjudication = List.of(Command.ACCEPT_ALL_AGREED, Command.NEXT_DISAGREEMENT,
                Command.PREVIOUS_DISAGREEMENT, Command.NEXT_VERSION, Command.CHOOSE_VERSION);
        try {
            assertThat(enabled(window, adjudication)).as("the view is off").doesNotContainValue(true);

            // As a click on the menu's check item does (fire() alone does not tick it).
            HeadlessFx.run(() -> ((CheckMenuItem) item(window, Command.ADJUDICATE)).setSelected(true));
            assertThat(enabled(window, adjudication)).isEqualTo(Map.of(Command.ACCEPT_ALL_AGREED, true,
                    Command.NEXT_DISAGREEMENT, false, Command.PREVIOUS_DISAGREEMENT, false, Command.NEXT_VERSION, true,
                    Command.CHOOSE_VERSION, true));

            HeadlessFx.run(() -> item(window, Command.ACCEPT_ALL_AGREED).fire());
            assertThat(enabled(window, adjudication).get(Command.ACCEPT_ALL_AGREED)).as("nothing agreed is left")
                    .isFalse();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static MenuItem item(WorkbenchWindow window, Command command) {
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(MenuItem::isVisible)
                .filter(candidate -> english.getString(command.nameKey()).equals(candidate.getText())).findFirst()
                .orElseThrow();
    }

    private static Map<Command, Boolean> enabled(WorkbenchWindow window) {
        return enabled(window, MOVES);
    }

    private static Map<Command, Boolean> enabled(WorkbenchWindow window, List<Command> commands) {
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        return HeadlessFx.call(() -> {
            MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menu-bar");
            List<MenuItem> items = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(MenuItem::isVisible).toList();
            return commands.stream().collect(Collectors.toMap(command -> command, command -> items.stream()
                    .filter(item -> english.getString(command.nameKey()).equals(item.getText())).findFirst()
                    .map(item -> !item.isDisable()).orElseThrow()));
        });
    }
}
