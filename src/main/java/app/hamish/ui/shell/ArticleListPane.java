package app.hamish.ui.shell;

import app.hamish.model.ArticleSummary;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The article list with its filter box. */
final class ArticleListPane {
    private final VBox root;
    private final ListView<ArticleSummary> list;

    ArticleListPane(ArticleListViewModel articles, ResourceBundle messages) {
        TextField filter = TextFields.createClearableTextField();
        filter.setId("article-filter");
        filter.setPromptText(messages.getString("articles.filter"));
        filter.textProperty().bindBidirectional(articles.filterProperty());

        list = new ListView<>(articles.articles());
        list.setId("article-list");
        list.setPlaceholder(new Label(messages.getString(
                articles.isWorkspaceEmpty() ? "articles.empty" : "articles.noMatch")));
        list.setCellFactory(view -> new ArticleCell(messages, view));
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(6, filter, list);
        root.setPadding(new Insets(8));
        root.setMinWidth(180);
    }

    VBox node() {
        return root;
    }

    ListView<ArticleSummary> list() {
        return list;
    }

    /**
     * One article: its title right-to-left (titles are Arabic), its id, annotation count and status below. The cell
     * keeps its labels and changes their text: each tag changes the open article's count, and labels made anew for
     * it were styled and laid out before the frame that showed the tag.
     */
    private static final class ArticleCell extends ListCell<ArticleSummary> {
        private final ResourceBundle messages;
        private final Label title = new Label();
        private final Label id = new Label();
        private final Label counts = new Label();
        private final VBox shown = new VBox(2, title, new HBox(4, id, counts));

        ArticleCell(ResourceBundle messages, ListView<ArticleSummary> list) {
            this.messages = messages;
            title.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            // As wide as the list, so a long title shows its beginning (its right end) and an ellipsis.
            title.prefWidthProperty().bind(list.widthProperty().subtract(30));
            title.maxWidthProperty().bind(list.widthProperty().subtract(30));
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            title.getStyleClass().add("article-title");
            // The id is a label of its own, left to right: inside an Arabic sentence its digits and underscore would
            // be reordered with the count beside it.
            id.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            id.getStyleClass().addAll("article-details", "article-id");
            counts.getStyleClass().addAll("article-details", "article-counts");
        }

        @Override
        protected void updateItem(ArticleSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            id.setText(item.externalId());
            counts.setText(MessageFormat.format(messages.getString("articles.counts"), item.annotationCount(),
                    messages.getString(item.annotationCount() == 0 ? "articles.notStarted" : "articles.inProgress")));
            setGraphic(shown);
        }
    }
}
