package app.hamish.ui.shell;

import app.hamish.model.ArticleSummary;
import app.hamish.ui.article.DrawnLabel;
import app.hamish.ui.article.MessageLine;
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
import javafx.util.Subscription;
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
        MessageLine countsLine = new MessageLine(messages.getString("articles.counts"));
        list.setCellFactory(view -> new ArticleCell(articles, countsLine, messages, view));
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
     * it were styled and laid out before the frame that showed the tag. The count follows the article's count as it
     * changes, drawn by a text of its own, without the row being given its item again (decision 0067).
     */
    private static final class ArticleCell extends ListCell<ArticleSummary> {
        private final ArticleListViewModel articles;
        private final MessageLine countsLine;
        private final ResourceBundle messages;
        private final Label title = new Label();
        private final Label id = new Label();
        private final DrawnLabel counts = new DrawnLabel();
        private final VBox shown = new VBox(2, title, new HBox(4, id, counts));
        private Subscription countShown = Subscription.EMPTY;

        ArticleCell(ArticleListViewModel articles, MessageLine countsLine, ResourceBundle messages,
                    ListView<ArticleSummary> list) {
            this.articles = articles;
            this.countsLine = countsLine;
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
            countShown.unsubscribe();
            if (empty || item == null) {
                countShown = Subscription.EMPTY;
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            id.setText(item.externalId());
            countShown = articles.countOf(item).subscribe(count -> counts.show(countsLine.format(
                count, messages.getString(count.intValue() == 0 ? "articles.notStarted" : "articles.inProgress"))));
            setGraphic(shown);
        }
    }
}
