package app.hamish.ui.article;

import app.hamish.model.Label;
import app.hamish.ui.find.ArticleFinder;
import app.hamish.ui.find.FindBar;
import app.hamish.ui.review.ReasonPrompt;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.suggest.SuggestionsViewModel;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/** The article view with its toolbar (one button per label with its key, zoom and font) and find bar. */
public final class ArticlePane {
    private final BorderPane root = new BorderPane();
    private final ArticleView view;
    private final FindBar find;
    private final ArticleFinder finder;

    public ArticlePane(AnnotateViewModel model, ReviewViewModel review, SuggestionsViewModel suggestions,
                ReasonPrompt reasons, ArticleStyle style, ResourceBundle messages, Consumer<Task<?>> background) {
        finder = new ArticleFinder(model.session());
        view = new ArticleView(model, style, background);
        view.setId("article-view");
        view.showSuggestions(suggestions.offered(), suggestions::offeredNow);
        ArticleKeys.install(view, model, review, reasons::ask);
        ArticleKeys.installSuggestions(view, suggestions, model.session());
        ToolBar tools = new ToolBar();
        for (Label label : model.labels()) {
            Button button = new Button(LabelNames.of(label.name(), messages) + "  (" + label.hotkey() + ")");
            button.setId("label-" + label.name());
            // A label's underscore (HATE_SPEECH) is part of its name, not a mnemonic's mark.
            button.setMnemonicParsing(false);
            button.setStyle("-fx-border-color: " + label.colour() + "; -fx-border-width: 0 0 3 0;");
            button.setOnAction(event -> {
                model.annotate(label.name(), null);
                view.requestFocus();
            });
            button.setFocusTraversable(false);
            tools.getItems().add(button);
        }
        Button link = new Button(messages.getString("toolbar.link"));
        link.setTooltip(new Tooltip(messages.getString("toolbar.linkTip")));
        link.setFocusTraversable(false);
        link.setOnAction(event -> {
            model.beginLink();
            view.requestFocus();
        });
        ComboBox<String> fonts = new ComboBox<>();
        fonts.getItems().setAll(Font.getFamilies());
        fonts.setValue(style.fontProperty().get().getFamily());
        fonts.setTooltip(new Tooltip(messages.getString("toolbar.font")));
        fonts.setOnAction(event -> style.setFamily(fonts.getValue()));
        fonts.setFocusTraversable(false);
        fonts.setPrefWidth(150);
        tools.getItems().addAll(link, new Separator(), fonts);
        find = new FindBar(finder, view, messages);
        root.setTop(new VBox(tools, find.node()));
        root.setCenter(view);
        BorderPane.setMargin(view, new Insets(0));
    }

    public BorderPane node() {
        return root;
    }

    /** Ctrl+F: opens the find bar. */
    public void openFind() {
        find.open();
    }

    public ArticleView view() {
        return view;
    }

    /** The pane is replaced (the language changed); the session it showed lives on. */
    public void dispose() {
        view.dispose();
        finder.dispose();
    }
}
