package app.hamish.ui.find;

import app.hamish.model.Span;
import app.hamish.ui.article.ArticleView;
import app.hamish.ui.command.Command;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The find bar above the article (Ctrl+F). Enter and Shift+Enter go to the next and previous match and hand the
 * keyboard to the article, where the label keys tag the match; there Enter and Shift+Enter keep stepping while the
 * bar is open. Escape closes it.
 */
public final class FindBar {
    private final HBox root = new HBox(6);
    private final ArticleFinder finder;
    private final ArticleView view;
    private final ResourceBundle messages;
    /**
     * Made on the first Ctrl+F: made with the window, its text field, count and button, never shown before, were
     * styled and given their skins before the everyday start's first frame (decision 0097).
     */
    private TextField field;

    public FindBar(ArticleFinder finder, ArticleView view, ResourceBundle messages) {
        this.finder = finder;
        this.view = view;
        this.messages = messages;
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (root.isVisible() && isStep(event)) {
                step(Command.FIND_PREVIOUS.matches(event));
                event.consume();
            }
        });
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.setId("find-bar");
        show(false);
    }

    public HBox node() {
        return root;
    }

    /** Opens the bar (or returns to it) with its text selected, ready to type over. */
    public void open() {
        if (field == null) {
            field = fill();
        }
        show(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Puts the field, the count and the close button in the bar; the field. */
    private TextField fill() {
        TextField typed = new TextField();
        typed.setId("find-field");
        typed.setPromptText(messages.getString("find.prompt"));
        typed.setPrefColumnCount(24);
        typed.textProperty().addListener((property, before, now) -> finder.search(now));
        typed.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Command.CLOSE_FIND.matches(event)) {
                close();
                event.consume();
            } else if (isStep(event)) {
                step(Command.FIND_PREVIOUS.matches(event)).ifPresent(match -> view.requestFocus());
                event.consume();
            }
        });
        // "3 / 7": digits and a slash only, so no Arabic for JavaFX to wrap.
        Label count = new Label();
        count.setId("find-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> typed.getText().isBlank() ? ""
                        : finder.countProperty().get() == 0 ? messages.getString("find.none")
                        : finder.currentProperty().get() + " / " + finder.countProperty().get(),
                finder.countProperty(), finder.currentProperty(), typed.textProperty()));
        Button close = new Button("✕");
        close.setFocusTraversable(false);
        close.setOnAction(event -> close());
        root.getChildren().addAll(typed, count, close);
        return typed;
    }

    private void close() {
        show(false);
        view.requestFocus();
    }

    private static boolean isStep(KeyEvent event) {
        return Command.FIND_NEXT.matches(event) || Command.FIND_PREVIOUS.matches(event);
    }

    private Optional<Span> step(boolean backwards) {
        Optional<Span> match = backwards ? finder.previous() : finder.next();
        match.ifPresent(span -> view.scrollToOffset(span.start()));
        return match;
    }

    private void show(boolean shown) {
        root.setVisible(shown);
        root.setManaged(shown);
    }
}
