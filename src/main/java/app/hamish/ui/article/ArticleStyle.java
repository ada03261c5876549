package app.hamish.ui.article;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How the article is drawn: the font (user-selectable, zoomable) and the colours. DejaVu Sans is the default
 * because it covers Arabic, Latin and punctuation: with an Arabic-only font the fallback misplaces brackets around
 * mixed text.
 */
public final class ArticleStyle {
    public static final String DEFAULT_FAMILY = "DejaVu Sans";
    public static final double DEFAULT_SIZE = 20;
    static final double MIN_SIZE = 10;
    static final double MAX_SIZE = 48;

    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(Font.font(DEFAULT_FAMILY, DEFAULT_SIZE));
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measuring = new Text();

    public ArticleStyle() {
        font.addListener((property, before, now) -> {
            widths.clear();
            measuring.setFont(now);
        });
        measuring.setFont(font.get());
    }

    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    Font font() {
        return font.get();
    }

    public void zoom(double factor) {
        double size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, Math.round(font().getSize() * factor)));
        font.set(Font.font(font().getFamily(), size));
    }

    public void setFamily(String family) {
        font.set(Font.font(family, font().getSize()));
    }

    /** Width of a word or run of spaces in the current font, cached: articles repeat their words. */
    double measure(String piece) {
        return widths.computeIfAbsent(piece, key -> {
            measuring.setText(key);
            return measuring.getLayoutBounds().getWidth();
        });
    }

    /**
     * Width of the widest line of a display copy, laid out by JavaFX itself outside any TextFlow (a Text inside a
     * TextFlow reports the flow's current layout, which is what is being decided).
     */
    double measureLines(String display) {
        measuring.setText(display);
        double width = measuring.getLayoutBounds().getWidth();
        measuring.setText("");
        return width;
    }

    /** Room left on each line so rounding never pushes a line past the width JavaFX would wrap at. */
    double breakSlack() {
        return Math.ceil(font().getSize() / 2);
    }

    double lineSpacing() {
        return (ParagraphNode.UNDERLINE + ParagraphNode.LANE_GAP) * ParagraphNode.MAX_LANES + 2;
    }

    double layerLaneSpacing() {
        return (LayerLanes.THICKNESS + LayerLanes.GAP) * ParagraphNode.MAX_LANES + 2;
    }

    double tintOpacity() {
        return 0.30;
    }

    Color selectionColour() {
        return Color.rgb(51, 153, 255, 0.35);
    }

    Color outlineColour() {
        return Color.rgb(20, 20, 20);
    }

    /** Laid over a highlight whose removal is being saved: the article's white, leaving a trace of the tint. */
    Color removingColour() {
        return Color.rgb(255, 255, 255, 0.75);
    }

    /** The stroke of a highlight whose creation is being saved: its label's colour, without the fill. */
    double savingStrokeWidth() {
        return 2;
    }
}
