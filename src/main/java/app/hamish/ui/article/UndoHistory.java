package app.hamish.ui.article;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Committed edits that Ctrl+Z and Ctrl+Shift+Z walk back and forth; each step is itself committed. */
final class UndoHistory {
    /** An edit already committed, and how to commit its reversal and its repetition. */
    interface Edit {
        void undo();

        void redo();
    }

    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    void done(Edit edit) {
        undoable.push(edit);
        redoable.clear();
        update();
    }

    /** @return false when there is nothing to undo */
    boolean undo() {
        if (undoable.isEmpty()) {
            return false;
        }
        Edit edit = undoable.peek();
        edit.undo();
        undoable.pop();
        redoable.push(edit);
        update();
        return true;
    }

    boolean redo() {
        if (redoable.isEmpty()) {
            return false;
        }
        Edit edit = redoable.peek();
        edit.redo();
        redoable.pop();
        undoable.push(edit);
        update();
        return true;
    }

    void clear() {
        undoable.clear();
        redoable.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
    }
}
