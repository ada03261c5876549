package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag changes the review pane's counts in the check box already drawn (decision 0040), as do a delete and its undo,
 * the line drawn whole as a pane drawn afresh says it (decision 0067); a workflow move, which changes the buttons
 * offered, lists the layers anew.
 */
class ReviewPaneCountsInPlaceTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aTagChangesTheCountInTheCheckBoxAlreadyDrawn() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        try {
            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleModel().annotate(Label.ENTITY, null);
            });
            HeadlessFx.settle();
            Node before = layer(window);
            assertThat(drawn(before)).contains("1");

            HeadlessFx.run(() -> {
                window.session().selectText(new Span(60, 70));
                window.articleModel().annotate(Label.CLAIM, null);
            });
            HeadlessFx.settle();
            Node after = layer(window);

            assertThat(after).isSameAs(before);
            assertDrawsTheLineOfAFreshPane(window, after);

            Robot robot = HeadlessFx.call(Robot::new);
            HeadlessFx.run(() -> window.articleView().requestFocus());
            for (KeyCode[] key : new KeyCode[][] {{KeyCode.DELETE}, {KeyCode.Z, KeyCode.CONTROL}}) {
                KeyPresses.press(robot, key[0], java.util.Arrays.copyOfRange(key, 1, key.length));
                assertThat(layer(window)).isSameAs(before);
                assertDrawsTheLineOfAFreshPane(window, after);
            }

            HeadlessFx.run(() -> window.session().hiddenLayers().add(window.session().actor().id()));
            assertThat(((CheckBox) layer(window)).isSelected()).as("hidden").isFalse();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /**
     * The check box's line is the one a pane drawn afresh says, drawn whole or cut with an ellipsis where the pane is
     * too narrow for it, as a check box cuts it (the README's picture shows it cut).
     */
    private static void assertDrawsTheLineOfAFreshPane(WorkbenchWindow window, Node box) {
        String line = HeadlessFx.call(() -> freshLine(window));
        assertThat(HeadlessFx.call(box::getAccessibleText)).isEqualTo(line);
        String drawn = drawn(box);
        assertThat(drawn.equals(line) || drawn.endsWith("...") && line.startsWith(drawn.substring(0,
                drawn.length() - 3))).as("%s drawn for %s", drawn, line).isTrue();
    }

    /** The line the check box draws, which its text property is not. */
    private static String drawn(Node box) {
        return HeadlessFx.call(() -> ((Text) box.lookup(".text")).getText());
    }

    private static Node layer(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.stage().getScene().lookup("#layer-mona"));
    }

    /** The line a pane drawn afresh on the same review shows for the layer. */
    private static String freshLine(WorkbenchWindow window) {
        app.hamish.ui.review.ReviewPane fresh = new app.hamish.ui.review.ReviewPane(window.articleModel(),
                window.reviewModel(), question -> Optional.empty(), Messages.bundle(java.util.Locale.ENGLISH));
        // Not shown, so not laid out: its line whole, as said to a screen reader.
        String line = fresh.node().lookup("#layer-mona").getAccessibleText();
        fresh.dispose();
        return line;
    }
}
