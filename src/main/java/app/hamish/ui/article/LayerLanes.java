package app.hamish.ui.article;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * How lanes per layer (adjudication) are drawn under the words: thicker than the tagging view's underlines, apart,
 * and each in its layer's colour rather than its label's (the tint behind the words still says the label), so that
 * whose mark runs where reads at a glance. The side pane names each lane beside a swatch of the same colour.
 */
public final class LayerLanes {
    static final double THICKNESS = 4;
    static final double GAP = 2;
    /** Gold's dark yellow first, as gold is the first lane; then colours apart from the labels' blue, orange, red. */
    private static final List<Color> COLOURS = List.of(Color.web("#b8860b"), Color.web("#00897b"),
            Color.web("#8e24aa"), Color.web("#546e7a"));

    private LayerLanes() {
    }

    /** The colour of a lane, 0 the first; lanes past the last drawn share the last's place and colour. */
    public static Color colour(int lane) {
        return COLOURS.get(Math.min(lane, ParagraphNode.MAX_LANES - 1));
    }
}
