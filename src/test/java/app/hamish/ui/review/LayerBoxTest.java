package app.hamish.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A layer's check box draws its line where a check box of the same width drew it (decision 0067): whole when it
 * fits, cut with the same ellipsis in a narrow pane, its login's underscore as written; and given new counts, the line
 * drawn is the new one, cut anew.
 */
class LayerBoxTest {
    private static final List<String> LINES = List.of("mona: in progress · 2 annotations, 2 undecided",
            "mona_k: in review · 10000 annotations, 9999 undecided", "منى: قيد المراجعة · 12 تعليقات، 3 دون قرار",
            "bench-analyst: submitted · 1 annotations, 0 undecided");
    private static final double[] WIDTHS = {40, 120, 250, 300, 330, 420};

    @Test
    void aLineIsDrawnAsACheckBoxOfTheSameWidthDrawsIt() {
        List<String> byCheckBoxes = new ArrayList<>();
        List<String> byLayerBoxes = new ArrayList<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            for (String line : LINES) {
                for (double width : WIDTHS) {
                    CheckBox plain = new CheckBox(line);
                    plain.setMnemonicParsing(false);
                    byCheckBoxes.add(placed(plain, width));
                    byLayerBoxes.add(placed(new LayerBox(line), width));
                }
            }
        });
        assertThat(byCheckBoxes).as("some lines are cut").anyMatch(line -> line.contains("... at "))
                .as("some are whole").anyMatch(line -> LINES.contains(line.substring(0, line.indexOf(" at "))));
        assertThat(byLayerBoxes).isEqualTo(byCheckBoxes);
    }

    @Test
    void aLineAsksForTheWidthsACheckBoxAsksFor() {
        List<String> byCheckBoxes = new ArrayList<>();
        List<String> byLayerBoxes = new ArrayList<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            for (String line : LINES) {
                CheckBox plain = new CheckBox(line);
                plain.setMnemonicParsing(false);
                LayerBox box = new LayerBox(line);
                drawn(plain, 60);
                // Cut first: a line drawn cut still asks for the room of its whole text, and may shrink as far.
                drawn(box, 60);
                byCheckBoxes.add(widths(plain));
                byLayerBoxes.add(widths(box));
            }
        });
        assertThat(byLayerBoxes).isEqualTo(byCheckBoxes);
    }

    /** The least and preferred widths, to a hundredth of a pixel. */
    private static String widths(CheckBox box) {
        box.setMinWidth(CheckBox.USE_COMPUTED_SIZE);
        box.setPrefWidth(CheckBox.USE_COMPUTED_SIZE);
        return String.format(java.util.Locale.ROOT, "%.2f %.2f", box.minWidth(-1), box.prefWidth(-1));
    }

    @Test
    void newCountsAreDrawnAndCutAnew() {
        List<String> drawn = new ArrayList<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            LayerBox box = new LayerBox(LINES.get(0));
            drawn.add(drawn(box, 420));
            box.show("mona: in progress · 3 annotations, 3 undecided");
            drawn.add(drawn(box, 420));
            box.show(LINES.get(1));
            drawn.add(drawn(box, 250));
        });
        assertThat(drawn.get(1)).isEqualTo("mona: in progress · 3 annotations, 3 undecided");
        assertThat(drawn.get(2)).endsWith("...").startsWith("mona_k: in review");
    }

    /** What a check box {@code width} wide draws and where, to a hundredth of a pixel. */
    private static String placed(CheckBox box, double width) {
        String text = drawn(box, width);
        javafx.geometry.Bounds at = box.lookup(".text").getBoundsInParent();
        return String.format(java.util.Locale.ROOT, "%s at %.2f, %.2f", text, at.getMinX(), at.getMinY());
    }

    /** What a check box {@code width} wide draws, laid out in a scene of its own. */
    private static String drawn(CheckBox box, double width) {
        box.setFont(Font.font("DejaVu Sans", 13));
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        if (box.getScene() == null) {
            new Scene(new Group(box));
        }
        box.applyCss();
        box.resize(width, 24);
        box.layout();
        Text text = (Text) box.lookup(".text");
        return text == null ? "" : text.getText();
    }
}
