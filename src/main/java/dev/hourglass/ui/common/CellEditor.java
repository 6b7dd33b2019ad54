package dev.hourglass.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field a grid cell is edited in, as in a spreadsheet: Enter takes the value and moves down (Shift:
 * up), Tab moves right (Shift: left), Escape cancels, and leaving the field takes what was typed.
 */
final class CellEditor {
    /** Takes the typed value and moves by the given rows and columns (0, 0: stay). */
    @FunctionalInterface
    interface Taker {
        void take(int down, int right);
    }

    private CellEditor() {
    }

    /**
     * @param typedStart the first character the user typed on the cell: the field starts with it, caret at the end
     * @param editing    whether the cell is still being edited (leaving a cancelled field must not take it)
     */
    static TextField create(String text, boolean typedStart, Taker taker, Runnable cancel, BooleanSupplier editing) {
        TextField field = new TextField(text);
        field.getStyleClass().add("value-editor");
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                taker.take(event.isShiftDown() ? -1 : 1, 0);
                event.consume();
            } else if (event.getCode() == KeyCode.TAB) {
                taker.take(0, event.isShiftDown() ? -1 : 1);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                event.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editing.getAsBoolean()) {
                taker.take(0, 0);
            }
        });
        if (typedStart) {
            field.end();
        } else {
            field.selectAll();
        }
        return field;
    }
}
