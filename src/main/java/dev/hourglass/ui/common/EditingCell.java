package dev.hourglass.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

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

    /**
     * Keys typed fast after the one that opened the editor reach the table before the editor has the focus; they go
     * into the editor instead of being lost ("600000" typed at once on a cell had become 60,000).
     *
     * @return true when the key went to the open editor
     */
    static boolean forwardToOpenEditor(TableView<?> table, KeyEvent event) {
        if (table.getEditingCell() == null || event.getTarget() instanceof TextInputControl) {
            return false;
        }
        String typed = event.getCharacter();
        if (typed.length() != 1 || Character.isISOControl(typed.charAt(0)) || event.isShortcutDown()) {
            return false;
        }
        if (table.lookup(".table-cell .text-field") instanceof TextField editor) {
            editor.insertText(editor.getCaretPosition(), typed);
            editor.requestFocus();
            event.consume();
            return true;
        }
        return false;
    }

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
        // Skin the field now, not at the next pulse: a key typed fast after the first reached a skinless field and
        // was lost ("654321" typed at once had become 64,321).
        field.applyCss();
        field.requestFocus();
        if (typed != null) {
            field.end(); // a skinned field selects all on focus: the first key typed must stay, caret after it
        }
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
