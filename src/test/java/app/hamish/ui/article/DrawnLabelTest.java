package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A label drawing its own text (the article list's counts, decision 0067) draws it where a label draws it, cut where
 * a label cuts it, and asks for the widths a label asks for, also once it has been cut: else the list's row would
 * keep the width of a cut it no longer needs.
 */
class DrawnLabelTest {
    private static final List<String> TEXTS = List.of("· 10000 annotations · in progress", "· 0 annotations · not started",
            "· 12 تعليقات · قيد العمل");
    private static final double[] WIDTHS = {10, 60, 150, 260};

    @Test
    void aTextIsDrawnPlacedAndSizedAsALabelDrawsIt() {
        List<String> byLabels = new ArrayList<>();
        List<String> here = new ArrayList<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            for (String text : TEXTS) {
                for (double width : WIDTHS) {
                    Label label = new Label(text);
                    DrawnLabel drawn = new DrawnLabel();
                    drawn.show(text);
                    for (Label each : List.of(label, drawn)) {
                        // A padding of the label's own, as a style may give it.
                        each.setStyle("-fx-label-padding: 0 3 0 4;");
                        (each == label ? byLabels : here).add(placed(each, width));
                    }
                }
            }
        });
        assertThat(byLabels).as("some cut").anyMatch(line -> line.contains("... at "));
        assertThat(here).isEqualTo(byLabels);
    }

    /** What a label {@code width} wide draws and where; then, sized by itself again, its least and preferred widths. */
    private static String placed(Label label, double width) {
        label.setFont(Font.font("DejaVu Sans", 13));
        new Scene(new Group(label));
        label.applyCss();
        label.resize(width, 24);
        label.layout();
        Text text = (Text) label.lookup(".text");
        String drawn = String.format(Locale.ROOT, "%s at %.2f, %.2f", text.getText(),
                text.getBoundsInParent().getMinX(), text.getBoundsInParent().getMinY());
        return String.format(Locale.ROOT, "%s; widths %.2f %.2f", drawn, label.minWidth(-1), label.prefWidth(-1));
    }
}
