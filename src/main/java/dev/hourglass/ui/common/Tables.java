package dev.hourglass.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;

/** Read-only table columns of computed figures, each cell with its formula and numbers as tooltip. */
public final class Tables {
    private Tables() {
    }

    /** A tooltip that shows quickly and wraps, for formulas on cells, cards and chart marks. */
    public static javafx.scene.control.Tooltip tooltip(String text) {
        return InputGrid.tooltip(text);
    }

    /**
     * @param formula the tooltip of a row's cell (null for none)
     * @param number  right-aligned when true
     */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, Function<T, String> formula,
                                                    boolean number) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                TableRow<T> row = getTableRow();
                T item = empty || row == null ? null : row.getItem();
                String tip = item == null || formula == null ? null : formula.apply(item);
                setTooltip(tip == null ? null : InputGrid.tooltip(tip));
            }
        });
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        column.setSortable(false);
        return column;
    }
}
