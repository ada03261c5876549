package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alt+drag selects exact characters; letting go of Alt afterwards leaves the menus alone. */
class AltDragTest {
    @TempDir
    Path folder;

    @Test
    void releasingAltAfterAnAltDragDoesNotHighlightTheFileMenu() {
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), "000_8c93457ec6c28807", 1200, 800);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            Bounds view = HeadlessFx.call(() -> window.articleView().localToScreen(
                    window.articleView().getBoundsInLocal()));
            HeadlessFx.run(() -> {
                robot.keyPress(KeyCode.ALT);
                robot.mouseMove(view.getMaxX() - 60, view.getMinY() + 20);
                robot.mousePress(MouseButton.PRIMARY);
                robot.mouseMove(view.getMaxX() - 120, view.getMinY() + 20);
                robot.mouseMove(view.getMaxX() - 180, view.getMinY() + 20);
                robot.mouseRelease(MouseButton.PRIMARY);
            });
            HeadlessFx.settle();
            HeadlessFx.run(() -> robot.keyRelease(KeyCode.ALT));
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(() -> window.session().selectionProperty().get().length()))
                    .as("the drag selected characters").isPositive();
            WindowPng.write(window, "alt-drag");
            assertThat(highlightedMenus(window)).as("menus highlighted after the Alt+drag").isEmpty();

            KeyPresses.press(robot, KeyCode.ALT);
            assertThat(highlightedMenus(window)).as("Alt alone still opens the menu bar from the keyboard")
                    .isNotEmpty();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static List<String> highlightedMenus(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.stage().getScene().getRoot().lookupAll(".menu-bar .menu").stream()
                .filter(node -> node.getPseudoClassStates().stream().anyMatch(state -> List.of("selected",
                        "hover", "focused", "showing").contains(state.getPseudoClassName())))
                .map(Node::toString).toList());
    }
}
