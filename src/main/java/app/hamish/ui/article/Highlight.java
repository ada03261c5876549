package app.hamish.ui.article;

import javafx.scene.paint.Color;

/**
 * One mark's part within one paragraph, in paragraph-local UTF-16 offsets (the drawing's unit). {@code lane}
 * stacks the underlines of overlapping marks.
 */
record Highlight(Mark mark, int start, int end, Color colour, int lane) {
}
