package app.hamish.ui.review;

import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.article.MessageLine;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Each annotator's layer of the open article: shown or hidden, its review state, and the workflow moves the user
 * may make on it (submit their own; take, sign off, return or reopen someone else's when they review).
 */
public final class ReviewPane {
    private final VBox root = new VBox(4);
    private final VBox layers = new VBox(4);
    private final AnnotateViewModel article;
    private final ReviewViewModel review;
    private final ReasonPrompt prompt;
    private final ResourceBundle messages;
    /** A layer's line, written again with its counts on every key. */
    private final MessageLine layerLine;
    private final Subscription layersShown;
    /** The layers as listed now, and each one's check box, in the same order. */
    private List<ReviewViewModel.Layer> listed = List.of();
    private final List<LayerBox> boxes = new ArrayList<>();

    public ReviewPane(AnnotateViewModel article, ReviewViewModel review, ReasonPrompt prompt, ResourceBundle messages) {
        this.article = article;
        this.review = review;
        this.prompt = prompt;
        this.messages = messages;
        this.layerLine = new MessageLine(messages.getString("review.layer"));
        root.setId("review-pane");
        root.setPadding(new Insets(8, 8, 0, 8));
        Label keys = new Label(messages.getString(review.isReviewer() ? "review.keys" : "review.annotatorKeys"));
        // Lines broken in the message itself: JavaFX's own wrapping breaks Arabic (decision 0005).
        keys.getStyleClass().add("article-details");
        root.getChildren().addAll(new Label(messages.getString("review.title")), layers, keys);
        // The layers are listed again only when they change; whether each is shown changes apart from them.
        layersShown = review.layers().subscribe(this::rebuild)
                .and(article.session().hiddenLayers().subscribe(this::rebuild));
        rebuild();
    }

    /** The pane is replaced (the language changed); the review it showed lives on. */
    public void dispose() {
        layersShown.unsubscribe();
    }

    public VBox node() {
        return root;
    }

    /**
     * Lists the layers again; when only their counts or whether they are shown changed (each tag, delete or
     * decision), the check boxes are kept and only their text changes: new controls and buttons on every key had
     * to be styled and laid out before the frame that showed the key (decision 0040); the text itself is drawn by
     * the check box's own text node, which is neither taken out nor styled again (decision 0067).
     */
    private void rebuild() {
        List<ReviewViewModel.Layer> now = List.copyOf(review.layers());
        if (sameEntries(listed, now)) {
            for (int i = 0; i < now.size(); i++) {
                boxes.get(i).show(line(now.get(i)));
                boxes.get(i).setSelected(!article.session().hiddenLayers().contains(now.get(i).annotatorId()));
            }
            listed = now;
            return;
        }
        listed = now;
        boxes.clear();
        layers.getChildren().clear();
        for (ReviewViewModel.Layer layer : now) {
            LayerBox shown = box(layer);
            boxes.add(shown);
            layers.getChildren().add(entry(layer, shown));
        }
    }

    /**
     * Builds the entry a layer of the user's own gets on their first tag of an article, styles and lays it out, and
     * takes it away: made first in that key's press, its check box and buttons ran their code and looked their styles
     * up for the first time there, on the FX thread before the frame that shows the tag (decision 0079). Run once
     * the window is shown, in time the user is not waiting on; what it leaves is JavaFX's styles and the code run.
     */
    public void buildAhead() {
        ReviewViewModel.Layer own = review.ownAsFirstTagged();
        VBox entry = entry(own, box(own));
        entry.setManaged(false);
        entry.setVisible(false);
        layers.getChildren().add(entry);
        entry.applyCss();
        entry.autosize();
        entry.layout();
        layers.getChildren().remove(entry);
    }

    private LayerBox box(ReviewViewModel.Layer layer) {
        LayerBox shown = new LayerBox(line(layer));
        shown.setId("layer-" + layer.name());
        shown.setSelected(!article.session().hiddenLayers().contains(layer.annotatorId()));
        shown.setOnAction(event -> {
            if (shown.isSelected()) {
                article.session().hiddenLayers().remove(layer.annotatorId());
            } else {
                article.session().hiddenLayers().add(layer.annotatorId());
            }
        });
        return shown;
    }

    /** A layer's check box, its moves and the comment it was returned with. */
    private VBox entry(ReviewViewModel.Layer layer, LayerBox shown) {
        FlowPane moves = new FlowPane(4, 4);
        for (WorkflowTransition transition : WorkflowTransition.values()) {
            if (review.offers(layer, transition)) {
                moves.getChildren().add(button(layer, transition));
            }
        }
        VBox entry = new VBox(2, shown, moves);
        if (layer.state() == WorkflowState.RETURNED && !layer.comment().isBlank()) {
            Label comment = new Label(MessageFormat.format(messages.getString("review.returnedComment"),
                    layer.comment()));
            // One line, never wrapped by JavaFX (decision 0005); the whole comment is in the tooltip.
            comment.setTooltip(new javafx.scene.control.Tooltip(layer.comment()));
            entry.getChildren().add(comment);
        }
        return entry;
    }

    private String line(ReviewViewModel.Layer layer) {
        return layerLine.format(layer.name(), messages.getString("state." + layer.state().code()),
                layer.annotations(), layer.undecided());
    }

    /** The same layers with the same states and comments, so the same moves: only counts may differ. */
    private static boolean sameEntries(List<ReviewViewModel.Layer> before, List<ReviewViewModel.Layer> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            ReviewViewModel.Layer was = before.get(i);
            ReviewViewModel.Layer is = now.get(i);
            if (was.annotatorId() != is.annotatorId() || !was.name().equals(is.name()) || was.state() != is.state()
                    || !was.comment().equals(is.comment())) {
                return false;
            }
        }
        return true;
    }

    private Button button(ReviewViewModel.Layer layer, WorkflowTransition transition) {
        Button button = new Button(messages.getString("move." + transition.code()));
        button.setId(transition.code() + "-" + layer.name());
        button.setFocusTraversable(false);
        button.setOnAction(event -> {
            if (transition == WorkflowTransition.RETURN) {
                prompt.ask(messages.getString("review.returnQuestion"))
                        .ifPresent(comment -> review.transition(layer.annotatorId(), transition, comment));
            } else {
                review.transition(layer.annotatorId(), transition, "");
            }
        });
        return button;
    }
}
