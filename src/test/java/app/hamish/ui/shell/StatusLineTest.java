package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
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
