package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar: who is annotating, then the latest message, apart. */
class StatusLineTest {
    @TempDir
    Path folder;

    @Test
    void theAnnotatorsNameIsSetApartFromTheMessage() throws Exception {
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), "000_8c93457ec6c28807", 1200, 800);
        try {
            HeadlessFx.run(() -> window.session().hintProperty().set("Failed; nothing was changed."));
            HeadlessFx.settle();
            Node bar = HeadlessFx.call(() -> window.stage().getScene().lookup("#status-line"));
            Bounds name = HeadlessFx.call(() -> screenBounds(labelWithText(bar, "tester")));
            Bounds message = HeadlessFx.call(() -> screenBounds(labelWithText(bar, window.statusText())));
            assertThat(message.getMinX() - name.getMaxX()).as("gap between the name and the message")
                    .isGreaterThanOrEqualTo(8);
            Bounds saved = HeadlessFx.call(() -> screenBounds((Label) bar.lookup("#save-state")));
            assertThat(saved.getMinY()).as("the save state's text on the line of the name's").isEqualTo(name.getMinY());
            WindowPng.write(window, "status-line");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** The workbench's stylesheet marks the lost connection: red and bold, not one more grey word. */
    @Test
    void aLostConnectionIsShownInRedAndBold() throws Exception {
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), "000_8c93457ec6c28807", 1200, 800);
        try {
            Label offline = HeadlessFx.call(() -> (Label) window.stage().getScene().lookup("#connection-lost"));
            assertThat(HeadlessFx.call(offline::getTextFill)).isEqualTo(Color.web("#b00020"));
            assertThat(HeadlessFx.call(() -> offline.getFont().getStyle())).containsIgnoringCase("bold");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /**
     * A key shows its edit as saving, then saved: the save state changes in its own place, and nothing else on the
     * status line moves, so that the renderer repaints the label, not the whole strip (decision 0096).
     */
    @Test
    void aKeysSavingAndSavedChangeOnlyTheSaveState() throws Exception {
        WorkbenchWindow window = WorkbenchHarness.open(folder.resolve("w.db"), "000_8c93457ec6c28807", 1200, 800);
        try {
            HeadlessFx.run(() -> {
                String text = window.session().article().text().value();
                String word = "مملوك";
                int start = text.codePointCount(0, text.indexOf(word));
                window.articleModel().select(start, start + word.length(), false);
                window.articleView().scrollToOffset(start);
                window.articleView().requestFocus();
            });
            HeadlessFx.settle();
            Node bar = HeadlessFx.call(() -> window.stage().getScene().lookup("#status-line"));
            Label state = HeadlessFx.call(() -> (Label) bar.lookup("#save-state"));
            List<String> frames = new ArrayList<>();
            Runnable look = () -> frames.add(state.getText() + " | the place " + boundsInBar(bar, state.getParent())
                    + " | the message " + boundsInBar(bar, bar.lookup(".status-label")));
            HeadlessFx.run(() -> window.stage().getScene().addPostLayoutPulseListener(look));
            KeyPresses.press(HeadlessFx.call(Robot::new), KeyCode.DIGIT1);
            HeadlessFx.settle();
            HeadlessFx.run(() -> window.stage().getScene().removePostLayoutPulseListener(look));

            assertThat(frames).as("frames showing it saving").anyMatch(frame -> frame.startsWith("Saving"));
            assertThat(frames).as("frames showing it saved").anyMatch(frame -> frame.startsWith("All changes saved"));
            assertThat(frames.stream().map(frame -> frame.substring(frame.indexOf(" | "))).distinct())
                    .as("where the save state's place and the message are, in every frame: %s", frames).hasSize(1);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static String boundsInBar(Node bar, Node node) {
        Bounds bounds = bar.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return bounds.getMinX() + ".." + bounds.getMaxX();
    }

    private static Label labelWithText(Node bar, String text) {
        return bar.lookupAll(".label").stream().filter(node -> node instanceof Label label
                && text.equals(label.getText())).map(Label.class::cast).findFirst().orElseThrow();
    }

    /** The text as drawn, not the label's box, which may stretch beyond it. */
    private static Bounds screenBounds(Label label) {
        Node text = label.lookup(".text");
        return text.localToScreen(text.getBoundsInLocal());
    }
}
