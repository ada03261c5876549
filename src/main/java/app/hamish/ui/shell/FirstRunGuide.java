package app.hamish.ui.shell;

import app.hamish.model.Label;
import app.hamish.ui.article.LabelNames;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A short guide to the labels and their keys, shown above the workbench rather than in a dialog: the article stays
 * usable (the keys it explains work while it is open), and nothing waits for it to be closed.
 */
final class FirstRunGuide {
    private FirstRunGuide() {
    }

    /** @param dismissed called with whether the user asked not to see it again */
    static Node build(List<Label> labels, ResourceBundle messages, Consumer<Boolean> dismissed) {
        javafx.scene.control.Label title = text(messages.getString("guide.title"));
        title.getStyleClass().add("guide-title");
        GridPane keys = new GridPane();
        keys.setHgap(10);
        keys.setVgap(4);
        int row = 0;
        for (Label label : labels) {
            javafx.scene.control.Label key = text(label.hotkey());
            key.getStyleClass().add("guide-key");
            key.setStyle("-fx-border-color: " + label.colour() + ";");
            String help = "guide.label." + label.name();
            keys.addRow(row++, key, text(LabelNames.of(label.name(), messages)),
                    text(messages.containsKey(help) ? messages.getString(help) : ""));
        }
        CheckBox notAgain = new CheckBox(messages.getString("guide.notAgain"));
        notAgain.setId("guide-not-again");
        Button close = new Button(messages.getString("guide.close"));
        close.setId("guide-close");
        close.setOnAction(event -> dismissed.accept(notAgain.isSelected()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, notAgain, close);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox guide = new VBox(4, top, text(messages.getString("guide.select")), keys,
                text(messages.getString("guide.after")));
        guide.setId("first-run-guide");
        guide.getStyleClass().add("first-run-guide");
        guide.setPadding(new Insets(6, 14, 8, 14));
        return guide;
    }

    /** Unwrapped: JavaFX's own wrapping of Arabic throws in PrismTextLayout (decision 0005); the lines are short. */
    private static javafx.scene.control.Label text(String text) {
        return new javafx.scene.control.Label(text);
    }
}
