package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A text cut to a width shows what a JavaFX label of that width shows (decision 0063): the annotation table's cells
 * cut their own texts, and a span cut otherwise than before would read otherwise, or end elsewhere.
 */
class FittedTextTest {
    private static final String[] WORDS = {"كشفت", "مصادر", "مطلعة", "أن", "اللواء", "علي", "مملوك", "زار", "القاهرة",
        "بـ59", "صاروخ", "وقالت", "الخارجية", "إن", "الزيارة", "بحثت", "التنسيق", "الأمني", "«العربي", "الجديد»", "CNN",
        "2024", "واشنطن،", "(رويترز)"};
    private static final double[] ROOMS = {8, 30, 75, 120, 157, 240};

    @Test
    void arabicMixedAndLatinTextsAreCutWhereALabelCutsThem() {
        Random random = new Random(63);
        List<String> texts = new ArrayList<>(List.of("", "Entity", "Unverified source", "pending review"));
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            while (text.length() < 6 + random.nextInt(60)) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(text.toString());
        }
        List<String> cutByLabels = new ArrayList<>();
        List<String> cutHere = new ArrayList<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            Font font = Font.font("DejaVu Sans", 13);
            FittedText fitting = new FittedText();
            for (String text : texts) {
                for (double room : ROOMS) {
                    cutByLabels.add(shownByALabel(text, font, room));
                    Text full = new Text(text);
                    full.setFont(font);
                    cutHere.add(fitting.fit(text, full.getLayoutBounds().getWidth(), font, room));
                }
            }
        });
        assertThat(cutByLabels).as("some texts are cut").anyMatch(shown -> shown.endsWith(FittedText.ELLIPSIS))
                .as("some fit").anyMatch(shown -> !shown.isEmpty() && !shown.endsWith(FittedText.ELLIPSIS));
        assertThat(cutHere).isEqualTo(cutByLabels);
    }

    /** What a label {@code room} wide, right to left as the span's column, draws of {@code text}. */
    private static String shownByALabel(String text, Font font, double room) {
        Label label = new Label(text);
        label.setFont(font);
        label.setPadding(Insets.EMPTY);
        label.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        label.setMinWidth(room);
        label.setPrefWidth(room);
        label.setMaxWidth(room);
        new Scene(new Group(label));
        label.applyCss();
        label.resize(room, 24);
        label.layout();
        Text drawn = (Text) label.lookup(".text");
        return drawn == null ? "" : drawn.getText();
    }
}
