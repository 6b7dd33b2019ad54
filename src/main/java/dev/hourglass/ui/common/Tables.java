package dev.hourglass.ui.common;

import dev.hourglass.io.export.TableCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;

/** Read-only table columns of computed figures, each cell with its formula and numbers as tooltip. */
public final class Tables {
    private Tables() {
    }

    /**
     * Ctrl+C copies the selected rows (all when none is selected) with a header line, tab-separated, as a
     * spreadsheet takes them; Ctrl+A selects every row.
     */
    public static <T> void copyable(TableView<T> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        KeyCombination copy = new KeyCodeCombination(
                KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (copy.match(event)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(tsv(table));
                Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            }
        });
        MenuItem copyItem = new MenuItem(UiText.text("common.copyCtrlC"));
        copyItem.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(tsv(table));
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem csvItem = new MenuItem(UiText.text("common.saveAsCsv"));
        csvItem.setOnAction(e -> saveCsv(table));
        table.setContextMenu(new ContextMenu(copyItem, csvItem));
    }

    /** Room beside a header's text: the label's padding and the sort arrow. */
    private static final double HEADER_PADDING = 28;
    private static final String OWN_MIN_WIDTH = "hourglass.tables.ownMinWidth";

    /**
     * Gives every column a minimum width that fits its header text in the headers' own type, again when the columns
     * are rebuilt or the type changes (workshop mode), so a narrow window scrolls the table instead of cutting headers
     * to 'New cu…'.
     */
    public static <T> void headersFit(TableView<T> table) {
        Runnable fit = () -> fitHeaders(table);
        InvalidationListener refit = obs -> fit.run();
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) change -> Platform.runLater(fit));
        table.skinProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            fit.run();
            if (table.lookup(".column-header .label") instanceof Labeled header) {
                header.fontProperty().addListener(refit);
            }
        }));
        fit.run();
    }

    private static void fitHeaders(TableView<?> table) {
        Font font = table.lookup(".column-header .label") instanceof Labeled header ? header.getFont()
                : Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        table.getColumns().forEach(column -> fitHeader(column, font));
    }

    private static void fitHeader(TableColumn<?, ?> column, Font font) {
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(inner -> fitHeader(inner, font));
            return;
        }
        double own = (double) column.getProperties().computeIfAbsent(OWN_MIN_WIDTH, key -> column.getMinWidth());
        // a header given as a label (one with a tooltip) knows its own width, padding and type included
        double title = column.getText() == null && column.getGraphic() instanceof Labeled header
                ? header.prefWidth(-1) : textWidth(column.getText(), font);
        column.setMinWidth(Math.max(own, title + HEADER_PADDING));
    }

    private static double textWidth(String value, Font font) {
        Text text = new Text(value == null ? "" : value);
        text.setFont(font);
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    /**
     * Makes a column of names at least as wide as its longest {@code texts} (in the regular type), so a name reads in
     * full rather than as '● Unit…'; workshop mode scales that width with the type.
     */
    public static void fitContent(TableColumn<?, ?> column, List<String> texts) {
        TableView<?> table = column.getTableView();
        Font font = table != null && table.lookup(".table-cell") instanceof Labeled cell ? cell.getFont()
                : Font.getDefault();
        double widest = 0;
        for (String value : texts) {
            widest = Math.max(widest, textWidth(value, font));
        }
        column.setPrefWidth(Math.max(column.getMinWidth(), widest + CELL_PADDING));
    }

    /** Room beside a cell's text: the cell's padding on both sides. */
    private static final double CELL_PADDING = 20;

    /** Saves the table as shown (selected rows, or all) as a CSV file the user picks. */
    private static <T> void saveCsv(TableView<T> table) {
        List<List<String>> cells = cells(table);
        List<String> header = cells.get(0);
        List<List<String>> rows = cells.subList(1, cells.size());
        ExportFiles.save(table.getScene().getWindow(), UiText.text("common.saveTheTableAs"), UiText.text("common.tableFileName"),
                new FileChooser.ExtensionFilter(UiText.text("common.csv"), "*.csv"), null,
                file -> TableCsv.write(header, rows, file), file -> { });
    }

    /** The table as shown (selected rows, or all), tab-separated with a header line. */
    public static <T> String tsv(TableView<T> table) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : cells(table)) {
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
    static <T> List<List<String>> cells(TableView<T> table) {
        List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : List.copyOf(table.getSelectionModel().getSelectedItems());
        List<TableColumn<T, ?>> columns = table.getVisibleLeafColumns();
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(TableColumn::getText).toList());
        for (T row : rows) {
            List<String> line = new ArrayList<>(columns.size());
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
    public static Tooltip tooltip(String text) {
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
