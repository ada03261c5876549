package app.hamish.ui.article;

import java.text.Bidi;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A text cut to a width with a trailing ellipsis, as a JavaFX {@code Labeled} cuts it ({@code OverrunStyle.ELLIPSIS},
 * "..."), so that a cell showing the result looks as a label did (decision 0063). JavaFX measures every prefix of a
 * text that is not all left to right, which is every Arabic one, laying each out anew: some thirty layouts per cell
 * each time a row showed another annotation. Here the prefixes are halved instead, and each cut is kept: a row that
 * shows the annotation its neighbour showed (a delete, an undo) finds its cut made.
 */
public final class FittedText {
    static final String ELLIPSIS = "...";
    /** JavaFX's own tolerance for a text that fits (a thousandth of a pixel). */
    private static final double FITS = 0.001;
    /** JavaFX's fudge in its hit test for a text all of one direction. */
    private static final double HIT_FUDGE = 2;
    /** Rows on screen in a tall window, many times: the cuts a table scrolled up and down still finds. */
    private static final int KEPT = 4096;

    private final Text measure = new Text();
    private final Map<Cut, String> cuts = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Cut, String> eldest) {
            return size() > KEPT;
        }
    };

    private record Cut(String text, Font font, double width) {
    }

    /** The text to show in {@code width} when {@code text}, {@code fullWidth} wide in {@code font}, may not fit. */
    String fit(String text, double fullWidth, Font font, double width) {
        if (text == null || text.isEmpty() || fullWidth - width < FITS) {
            return text;
        }
        return cuts.computeIfAbsent(new Cut(text, font, width), cut -> cut(text, font, width));
    }

    private String cut(String text, Font font, double width) {
        double ellipsisWidth = widthOf(ELLIPSIS, font);
        if (width < ellipsisWidth) {
            return "";
        }
        double room = width - ellipsisWidth;
        if (!new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT).isMixed()) {
            int hit = truncationIndex(text, font, room);
            return hit < 0 || hit >= text.length() ? text : text.substring(0, hit) + ELLIPSIS;
        }
        return text.substring(0, firstOverflowing(text, font, room) - 1) + ELLIPSIS;
    }

    /**
     * The shortest prefix wider than {@code room}: JavaFX walks the prefixes from the first character; their widths
     * grow with their length, so halving finds the same one in a handful of layouts.
     */
    private int firstOverflowing(String text, Font font, double room) {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (widthOf(text.substring(0, middle), font) > room) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private int truncationIndex(String text, Font font, double room) {
        prepare(text, font);
        Bounds bounds = measure.getLayoutBounds();
        return measure.hitTest(new Point2D(room - HIT_FUDGE, bounds.getMinY() + bounds.getHeight() / 2))
                .getCharIndex();
    }

    /** The width of {@code text} laid out whole in {@code font}. */
    double widthOf(String text, Font font) {
        prepare(text, font);
        return measure.getLayoutBounds().getWidth();
    }

    private void prepare(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
    }
}
