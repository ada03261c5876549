package app.hamish.ui.review;

import app.hamish.ui.article.ArticleView;
import app.hamish.ui.article.LayerLanes;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Subscription;

/**
 * The adjudication view's side of the window, shown while adjudicating: what is left (a counter), which lane under
 * the text is whose, and the keys. The lanes themselves are drawn by the article view, under the words.
 */
public final class AdjudicationPane {
    /** A lane's name stands beside a bar of its colour, as thick as the lane under the words would be read. */
    private static final double LANE_SWATCH = 6;
    private final VBox root = new VBox(4);
    private final VBox lanes = new VBox(2);
    private final Label counter = new Label();
    private final AdjudicationViewModel model;
    private final ArticleView view;
    private final ResourceBundle messages;
    private final Subscription subscriptions;

    public AdjudicationPane(AdjudicationViewModel model, ArticleView view, ResourceBundle messages) {
        this.model = model;
        this.view = view;
        this.messages = messages;
        root.setId("adjudication-pane");
        root.setPadding(new Insets(8, 8, 0, 8));
        root.setMinHeight(Region.USE_PREF_SIZE);
        root.visibleProperty().bind(model.activeProperty());
        root.managedProperty().bind(model.activeProperty());
        subscriptions = Subscription.combine(
                model.activeProperty().subscribe(now -> {
                    if (now && !filled()) {
                        fill();
                    }
                    showLanes();
                }),
                model.lanes().subscribe(this::showLanes),
                model.agreedLeftProperty().subscribe(now -> count()),
                model.disagreementsLeftProperty().subscribe(now -> count()));
    }

    /**
     * Puts the title, the counter, the lanes and the keys in the pane, the first time it is shown: made with the
     * window, hidden, they were styled and given their skins, and the counter's message formatted, before the
     * everyday start's first frame (decision 0097).
     */
    private void fill() {
        counter.setId("adjudication-counter");
        Label keys = new Label(messages.getString("adjudication.keys"));
        // Lines broken in the message itself: JavaFX's own wrapping breaks Arabic (decision 0005).
        keys.getStyleClass().add("article-details");
        // The counter and the keys run over several lines, which a crowded side pane must not cut off.
        counter.setMinHeight(Region.USE_PREF_SIZE);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(new Label(messages.getString("adjudication.title")), counter, lanes, keys);
        count();
    }

    /** The pane is replaced (the language changed); the adjudication it showed lives on. */
    public void dispose() {
        subscriptions.unsubscribe();
        view.showLayerLanes(null);
    }

    public VBox node() {
        return root;
    }

    private void showLanes() {
        if (filled()) {
            lanes.getChildren().clear();
            for (int i = 0; i < model.lanes().size(); i++) {
                Label lane = new Label(MessageFormat.format(messages.getString("adjudication.lane"), i + 1,
                        model.lanes().get(i).name()));
                lane.setId("lane-" + (i + 1));
                lane.setGraphic(new Rectangle(16, LANE_SWATCH, LayerLanes.colour(i)));
                lanes.getChildren().add(lane);
            }
        }
        view.showLayerLanes(model.activeProperty().get() ? model::laneOf : null);
    }

    private boolean filled() {
        return !root.getChildren().isEmpty();
    }

    private void count() {
        if (!filled()) {
            return;
        }
        counter.setText(MessageFormat.format(messages.getString("adjudication.counter"),
                model.disagreementsLeftProperty().get(), model.agreedLeftProperty().get()));
    }
}
