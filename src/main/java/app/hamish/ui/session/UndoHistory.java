package app.hamish.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Committed edits that Ctrl+Z and Ctrl+Shift+Z walk back and forth; each step is itself committed. The session
 * moves an edit to the other stack only once its step committed, so a refused or failed undo can be tried again.
 */
final class UndoHistory {
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> undoName = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<String> redoName = new ReadOnlyObjectWrapper<>("");
    private final Function<Edit, String> names;

    /** @param names how an edit is named in the interface's language */
    UndoHistory(Function<Edit, String> names) {
        this.names = names;
    }

    void done(Edit edit) {
        undoable.push(edit);
        redoable.clear();
        update();
    }

    /** The edit Undo would take back, or null. */
    Edit nextUndo() {
        return undoable.peek();
    }

    Edit nextRedo() {
        return redoable.peek();
    }

    /** The next undo was committed. */
    void undone() {
        redoable.push(undoable.pop());
        update();
    }

    /** The next redo was committed. */
    void redone() {
        undoable.push(redoable.pop());
        update();
    }

    void clear() {
        undoable.clear();
        redoable.clear();
        update();
    }

    /** The names are said again in the interface's new language. */
    void renamed() {
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoName.set(undoable.isEmpty() ? "" : names.apply(undoable.peek()));
        redoName.set(redoable.isEmpty() ? "" : names.apply(redoable.peek()));
    }
}
