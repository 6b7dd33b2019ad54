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

    /**
     * Ctrl+C copies the selected rows (all when none is selected) with a header line, tab-separated, as a
     * spreadsheet takes them; Ctrl+A selects every row.
     */
    public static <T> void copyable(javafx.scene.control.TableView<T> table) {
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.input.KeyCombination copy = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (copy.match(event)) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(tsv(table));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            }
        });
        javafx.scene.control.MenuItem copyItem = new javafx.scene.control.MenuItem("Copy (Ctrl+C)");
        copyItem.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(tsv(table));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        javafx.scene.control.MenuItem csvItem = new javafx.scene.control.MenuItem("Save as CSV…");
        csvItem.setOnAction(e -> saveCsv(table));
        table.setContextMenu(new javafx.scene.control.ContextMenu(copyItem, csvItem));
    }

    /** Saves the table as shown (selected rows, or all) as a CSV file the user picks. */
    private static <T> void saveCsv(javafx.scene.control.TableView<T> table) {
        java.util.List<java.util.List<String>> cells = cells(table);
        java.util.List<String> header = cells.get(0);
        java.util.List<java.util.List<String>> rows = cells.subList(1, cells.size());
        ExportFiles.save(table.getScene().getWindow(), "Save the table as CSV", "table",
                new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"), null,
                file -> dev.hourglass.io.export.TableCsv.write(header, rows, file), file -> { });
    }

    /** The table as shown (selected rows, or all), tab-separated with a header line. */
    public static <T> String tsv(javafx.scene.control.TableView<T> table) {
        StringBuilder text = new StringBuilder();
        for (java.util.List<String> row : cells(table)) {
            for (int c = 0; c < row.size(); c++) {
                text.append(c == 0 ? "" : "\t").append(tsvCell(row.get(c)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A cell holding a tab, a line break or a quote is quoted, as spreadsheets write and read TSV. */
    private static String tsvCell(String cell) {
        return cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('"') >= 0
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The header and the rows shown (the selected ones, or all), cell by cell as text. */
    static <T> java.util.List<java.util.List<String>> cells(javafx.scene.control.TableView<T> table) {
        java.util.List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : java.util.List.copyOf(table.getSelectionModel().getSelectedItems());
        java.util.List<TableColumn<T, ?>> columns = table.getVisibleLeafColumns();
        java.util.List<java.util.List<String>> cells = new java.util.ArrayList<>();
        cells.add(columns.stream().map(TableColumn::getText).toList());
        for (T row : rows) {
            java.util.List<String> line = new java.util.ArrayList<>(columns.size());
            for (TableColumn<T, ?> column : columns) {
                Object value = column.getCellObservableValue(row) == null ? null
                        : column.getCellObservableValue(row).getValue();
                line.add(value == null ? "" : value.toString());
            }
            cells.add(line);
        }
        return cells;
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
