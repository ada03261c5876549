package app.hamish.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Committed edits that Ctrl+Z and Ctrl+Shift+Z walk back and forth; each step is itself committed. An edit moves
 * to the other stack only once its step committed, so a refused or failed undo can be tried again.
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

    /** @return false when there is nothing to undo */
    boolean undo(EditContext context) {
        if (undoable.isEmpty()) {
            return false;
        }
        Edit edit = undoable.peek();
        edit.revert(context);
        undoable.pop();
        redoable.push(edit);
        update();
        return true;
    }

    boolean redo(EditContext context) {
        if (redoable.isEmpty()) {
            return false;
        }
        Edit edit = redoable.peek();
        edit.apply(context);
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
