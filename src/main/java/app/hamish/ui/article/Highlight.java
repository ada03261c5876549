package app.hamish.ui.article;

import javafx.scene.paint.Color;

/**
 * One annotation's part within one paragraph, in paragraph-local UTF-16 offsets. {@code lane} stacks the
 * underlines of overlapping annotations; {@code style} leaves room for suggested and reviewed states.
 */
record Highlight(long annotationId, int start, int end, Color colour, int lane, Style style) {
    enum Style { NORMAL, SUGGESTED, REJECTED }
}
