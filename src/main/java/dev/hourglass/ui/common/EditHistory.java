package dev.hourglass.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo across every edit of a workbook (Ctrl+Z / Ctrl+Y), each edit described for the Edit menu. */
public final class EditHistory {
    /** One edit that can be taken back and done again. */
    public interface Edit {
        String description();

        void undo();

        void redo();
    }

    private static final int LIMIT = 500;

    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(UiText.text("common.undo"));
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(UiText.text("common.redo"));

    /** Records an edit that was just done; what could be redone is forgotten. */
    public void done(Edit edit) {
        undoable.push(edit);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        update();
    }

    public void undo() {
        if (!undoable.isEmpty()) {
            Edit edit = undoable.pop();
            edit.undo();
            redoable.push(edit);
            update();
        }
    }

    public void redo() {
        if (!redoable.isEmpty()) {
            Edit edit = redoable.pop();
            edit.redo();
            undoable.push(edit);
            update();
        }
    }

    public void clear() {
        undoable.clear();
        redoable.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The Undo and Redo labels again, in the language now chosen. */
    public void relabel() {
        update();
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoLabel.set(undoable.isEmpty() ? UiText.text("common.undo") : UiText.text("common.undo2", undoable.peek().description()));
        redoLabel.set(redoable.isEmpty() ? UiText.text("common.redo") : UiText.text("common.redo2", redoable.peek().description()));
    }
}
