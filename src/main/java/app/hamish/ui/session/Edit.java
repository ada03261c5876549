package app.hamish.ui.session;

/**
 * A change the analyst can undo. {@link #apply} commits it (the first time and on redo), {@link #revert} commits
 * its inverse; either reports what it changed to the context, so the session shows exactly what was stored.
 */
public interface Edit extends Change {
    void revert(EditContext context);

    /** The bundle key naming the edit in the Undo and Redo menu items, as in "Undo delete annotation". */
    String nameKey();
}
