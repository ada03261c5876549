package app.hamish.ui.session;

import java.util.List;

/**
 * A change the analyst can undo. {@link #apply} commits it (the first time and on redo), {@link #revert} commits
 * its inverse; either reports what it changed to the context, so the session shows exactly what was stored.
 */
public interface Edit extends Change {
    void revert(EditContext context);

    /**
     * What undoing it would change on the article, as the analyst sees it now, to be shown as saving until the undo
     * commits (decision 0082); nothing for a link, and nothing for a reviewer's decision either, though its gold
     * copies (decision 0027) are highlights: a decision's undo is shown only once committed.
     */
    default List<Saving> undoing() {
        return List.of();
    }

    /** What redoing it would change on the article, as {@link #undoing()}. */
    default List<Saving> redoing() {
        return List.of();
    }

    /** The bundle key naming the edit in the Undo and Redo menu items, as in "Undo delete annotation". */
    String nameKey();
}
