package dev.hourglass.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A grid cell edited like a spreadsheet's: typing on it (or Enter/F2) opens a {@link CellEditor}; Enter, Tab and
 * the arrows hand the text over with where to go next; Escape puts the value back. The grids say what taking a
 * value means and where the typing that started the edit is kept.
 */
abstract class EditingCell<S> extends TableCell<S, String> {
    private TextField field;

    /** The text typed on the cell to start editing, consumed; null when Enter or F2 started it. */
    protected abstract String takeTypedStart();

    /** Applies what was typed; {@code down} and {@code right} say where the selection goes next. */
    protected abstract void take(String typed, int down, int right);

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = takeTypedStart();
        field = CellEditor.create(typed != null ? typed : getItem(), typed != null, (down, right) -> {
            String text = field.getText();
            cancelEdit();
            take(text, down, right);
        }, this::cancelEdit, this::isEditing);
        setText(null);
        setGraphic(field);
        field.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            setText(value);
            setGraphic(null);
        }
    }
}
