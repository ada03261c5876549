package app.hamish.ui.article;

import javafx.scene.paint.Color;

/**
 * A change being saved, as one paragraph draws it (decision 0078): its characters [start, end) in the paragraph's
 * own UTF-16 offsets, the label's colour, and whether the highlight is going rather than coming.
 */
record SavingMark(int start, int end, Color colour, boolean removed) {
}
