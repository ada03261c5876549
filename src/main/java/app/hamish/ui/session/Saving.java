package app.hamish.ui.session;

import app.hamish.model.Span;

/**
 * What a key is about to change, shown on the article as saving until its edit is committed: a highlight coming
 * ({@link Kind#ADDED}, drawn as its label's outline without the fill) or going ({@link Kind#REMOVED}, drawn faded).
 *
 * @param span in code points, as stored
 * @param label the label's name, for its colour
 */
public record Saving(Span span, String label, Kind kind) {
    public enum Kind { ADDED, REMOVED }
}
