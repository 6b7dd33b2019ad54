package dev.hourglass.ui.common;

import dev.hourglass.io.export.TableCsv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
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
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.util.Callback;

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
    /** Room beside a text beyond its padding of 0.5 em a side, which grows with the type: borders and rounding. */
    private static final double EDGE = 6;
    private static final String OWN_MIN_WIDTH = "hourglass.tables.ownMinWidth";

    /**
     * Gives every column a minimum width that fits its header text in the headers' own type, again when the columns
     * are rebuilt or the type changes (workshop mode), so a narrow window scrolls the table instead of cutting headers
     * to 'New cu…'.
     */
    public static <T> void headersFit(TableView<T> table) {
        Runnable fit = () -> fitHeaders(table);
        // once every header and cell has its new type (workshop mode sets it on them one by one)
        InvalidationListener refit = obs -> Platform.runLater(fit);
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) change -> Platform.runLater(fit));
        table.skinProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            fit.run();
            if (table.lookup(".column-header .label") instanceof Labeled header) {
                header.fontProperty().addListener(refit);
            }
        }));
        Platform.runLater(fit);
    }

    /**
     * Like {@link #headersFit}, and every column also as wide as the widest text of its first
     * {@value #ROWS_MEASURED} rows, again when the rows change: 'Prospecting' reads in full, not 'Prosp…'. Headers
     * that wrap (a style sheet's {@code -fx-wrap-text}) need only their longest word.
     */
    public static <T> void columnsFit(TableView<T> table) {
        table.getProperties().put(FIT_CONTENT, Boolean.TRUE);
        boolean[] pending = new boolean[1];
        InvalidationListener refit = obs -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    fitHeaders(table);
                });
            }
        };
        table.itemsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.addListener(refit);
            }
            refit.invalidated(obs);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        table.widthProperty().addListener(obs -> keepInSight(table));
        headersFit(table);
    }

    private static final String FIT_CONTENT = "hourglass.tables.fitContent";
    private static final String CHOSEN_POLICY = "hourglass.tables.chosenPolicy";
    /** The table's borders and its vertical scroll bar, which its columns do not get. */
    private static final double TABLE_EDGES = 20;

    /**
     * A constrained table whose columns need more than its width would hide the last ones (it has no horizontal
     * scroll bar): such a table is left unconstrained, and scrolls, until it is wide enough again.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void keepInSight(TableView<?> table) {
        Callback chosen = (Callback) table.getProperties().computeIfAbsent(CHOSEN_POLICY,
                key -> table.getColumnResizePolicy());
        if (table.getWidth() <= 0) {
            return;
        }
        double room = table.getWidth() - TABLE_EDGES;
        showByRoom(table, room);
        if (chosen == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        columns.forEach(column -> {
            if (column.getProperties().get(TWO_LINE_WIDTH) instanceof Double twoLines) {
                column.setMinWidth(twoLines);
            }
        });
        double needed = columns.stream().mapToDouble(TableColumn::getMinWidth).sum();
        double wordsOnly = columns.stream().mapToDouble(column -> column.getProperties().get(WORD_WIDTH)
                instanceof Double word ? word : column.getMinWidth()).sum();
        if (needed > room && wordsOnly <= room) {
            // rather a long name cut in its two lines than a figure out of sight: names wrap at every word
            columns.forEach(column -> {
                if (column.getProperties().get(WORD_WIDTH) instanceof Double word) {
                    column.setMinWidth(word);
                }
            });
            needed = wordsOnly;
        }
        boolean scrolls = needed > room;
        table.setColumnResizePolicy(scrolls ? TableView.UNCONSTRAINED_RESIZE_POLICY : chosen);
        for (TableColumn<?, ?> column : columns) {
            if (column.getProperties().get(WANTED_WIDTH) instanceof Double wanted) {
                // a scrolling table keeps as many figures in sight as it can: its names take their two lines
                column.setPrefWidth(scrolls ? column.getMinWidth() : wanted);
            }
        }
    }

    /** A wrapping column's width for its names in two lines, and at their longest word. */
    private static final String TWO_LINE_WIDTH = "hourglass.tables.twoLineWidth";
    private static final String WORD_WIDTH = "hourglass.tables.wordWidth";
    /** The width a wrapping column would like, which it gets back when the table has room again. */
    private static final String WANTED_WIDTH = "hourglass.tables.wantedWidth";
    /** Enough rows to meet every kind of value, few enough to measure at once on a table of thousands. */
    private static final int ROWS_MEASURED = 400;

    private static <T> void fitHeaders(TableView<T> table) {
        if (table.getSkin() == null) {
            return; // fitted when the skin comes: before, the headers' type and wrapping are not known
        }
        Font font = table.lookup(".column-header .label") instanceof Labeled header ? header.getFont()
                : Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        boolean wraps = table.lookup(".column-header .label") instanceof Labeled header && header.isWrapText();
        // before its rows have cells, a table's cells have its headers' type, not bold
        Font cellFont = table.lookup(".table-cell") instanceof Labeled cell ? cell.getFont()
                : Font.font(font.getFamily(), FontWeight.NORMAL, font.getSize());
        List<T> rows = !table.getProperties().containsKey(FIT_CONTENT) || table.getItems() == null ? List.of()
                : table.getItems().subList(0, Math.min(ROWS_MEASURED, table.getItems().size()));
        table.getColumns().forEach(column -> fitHeader(column, font, wraps, cellFont, rows));
        if (!rows.isEmpty()) {
            table.getProperties().put(ROWS_FITTED, Boolean.TRUE);
        }
        if (table.getProperties().containsKey(FIT_CONTENT)) {
            keepInSight(table); // first: it chooses the policy and the names' least width the sharing below needs
        }
        // a constrained policy shares the width out only when the table is resized: columns grown here would push
        // the last ones past the edge, out of sight (such a table has no horizontal scroll bar)
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    private static <T> void fitHeader(TableColumn<T, ?> column, Font font, boolean wraps, Font cellFont,
                                      List<T> rows) {
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(inner -> fitHeader(inner, font, wraps, cellFont, rows));
            return;
        }
        double own = (double) column.getProperties().computeIfAbsent(OWN_MIN_WIDTH, key -> column.getMinWidth());
        // a header given as a label (one with a tooltip) knows its own width, padding and type included
        double title = column.getText() == null && column.getGraphic() instanceof Labeled header
                ? header.prefWidth(-1) : wraps ? twoLineWidth(column.getText(), font)
                : textWidth(column.getText(), font);
        double padding = column.isSortable() ? Math.max(HEADER_PADDING, font.getSize() + EDGE + 8)
                : font.getSize() + EDGE;
        double widest = Math.max(own, title + padding);
        double cellEdges = cellFont.getSize() + EDGE;
        if (!rows.isEmpty() && !column.getProperties().containsKey(TAKES_THE_REST)) {
            Set<String> texts = texts(column, rows);
            if (column.getProperties().containsKey(WRAPS_CELLS)) {
                Font names = column.getProperties().containsKey(BOLD_ROWS)
                        ? Font.font(cellFont.getFamily(), FontWeight.BOLD, cellFont.getSize()) : cellFont;
                column.getProperties().put(WORD_WIDTH,
                        Math.max(widest, widest(texts, names, Tables::longestWordWidth) + cellEdges));
                widest = Math.max(widest, widest(texts, names, Tables::twoLineWidth) + cellEdges + WRAP_SLACK);
                column.getProperties().put(TWO_LINE_WIDTH, widest);
                // the width it would like, which a constrained table gives when there is room
                double wanted = Math.max(widest, widest(texts, cellFont, Tables::textWidth) + cellEdges);
                column.getProperties().put(WANTED_WIDTH, wanted);
                column.setMinWidth(widest);
                column.setPrefWidth(wanted);
                return;
            }
            widest = Math.max(widest, widest(texts, cellFont, Tables::linesWidth) + cellEdges);
        }
        column.setMinWidth(widest);
        if (!rows.isEmpty() && !column.getProperties().containsKey(TAKES_THE_REST) && column.getTableView() != null
                && column.getTableView().getVisibleLeafColumns().stream().anyMatch(other ->
                other.getProperties().containsKey(WRAPS_CELLS) || other.getProperties().containsKey(TAKES_THE_REST))) {
            column.setPrefWidth(widest); // no more than it needs: the room left goes to the names or notes
        }
    }

    private static final String WRAPS_CELLS = "hourglass.tables.wrapsCells";
    /** A wrapped cell's text breaks a few pixels before the width measured here ('Campaign B (better …'). */
    private static final double WRAP_SLACK = 8;

    /**
     * Lets a column of names (in a table fitted by {@link #columnsFit}) wrap them onto more lines when the table is
     * short of room, rather than push the columns after it out of sight: it needs the width that holds each name in
     * two lines (a row shows no more), and asks for its longest name. The table's rows must not have a fixed height.
     */
    public static void wrapsCells(TableColumn<?, String> column) {
        column.getProperties().put(WRAPS_CELLS, Boolean.TRUE);
        column.getStyleClass().add("wrapping-column");
    }

    /**
     * Like {@link #wrapsCells(TableColumn)}, for a table that shows some rows in bold (Compare's differing figures):
     * the names are measured in bold, as a name cut in its two lines is lost.
     */
    public static void wrapsCells(TableColumn<?, String> column, boolean someRowsBold) {
        wrapsCells(column);
        if (someRowsBold) {
            column.getProperties().put(BOLD_ROWS, Boolean.TRUE);
        }
    }

    private static final String BOLD_ROWS = "hourglass.tables.boldRows";
    private static final String TAKES_THE_REST = "hourglass.tables.takesTheRest";

    /**
     * Lets a column of long notes (in a table fitted by {@link #columnsFit}), whose cells have their text as tooltip,
     * take the width the other columns leave: it needs only its header, and cuts its notes where the table is short of
     * room rather than push the table into scrolling. Its preferred width is what it asks for beside columns that
     * show only where there is room ({@link #columnsChosen}).
     */
    public static void takesTheRest(TableColumn<?, ?> column) {
        column.getProperties().put(TAKES_THE_REST, Boolean.TRUE);
    }

    /**
     * Shows the table's column menu (the '+' at the end of its header row) to hide and bring back columns. Until the
     * user chooses there, the columns with the ids in {@code hiddenWhenNarrow} show only while the table (fitted by
     * {@link #columnsFit}) has room for them beside the others, in their order; the user's choice is remembered under
     * {@code name} and wins. The columns must have their ids.
     */
    public static void columnsChosen(TableView<?> table, String name, Set<String> hiddenWhenNarrow,
                                     AppPreferences preferences) {
        table.setTableMenuButtonVisible(true);
        Set<String> chosen = preferences.hiddenColumns(name, null);
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        if (chosen == null) {
            table.getProperties().put(HIDDEN_WHEN_NARROW, hiddenWhenNarrow);
        }
        Set<String> hidden = chosen == null ? hiddenWhenNarrow : chosen;
        for (TableColumn<?, ?> column : columns) {
            column.setVisible(!hidden.contains(column.getId()));
            column.visibleProperty().addListener((obs, was, now) -> {
                if (!table.getProperties().containsKey(SHOWING_BY_ROOM)) {
                    table.getProperties().remove(HIDDEN_WHEN_NARROW); // the user chose: the room decides no more
                    preferences.setHiddenColumns(name,
                            columns.stream().filter(c -> !c.isVisible()).map(TableColumn::getId).toList());
                }
                Platform.runLater(() -> {
                    fitHeaders(table); // the room a column leaves or takes
                    table.refresh(); // else the rows lay a column brought back out at their top
                });
            });
        }
    }

    private static final String HIDDEN_WHEN_NARROW = "hourglass.tables.hiddenWhenNarrow";
    private static final String SHOWING_BY_ROOM = "hourglass.tables.showingByRoom";
    /** Set once {@link #columnsFit} measured the table's rows: its columns' widths are known. */
    private static final String ROWS_FITTED = "hourglass.tables.rowsFitted";

    /**
     * Shows the columns {@link #columnsChosen} hides while the table is narrow as far as they fit beside the others
     * at their comfortable widths (names in two lines), and hides the rest.
     */
    private static void showByRoom(TableView<?> table, double room) {
        if (!(table.getProperties().get(HIDDEN_WHEN_NARROW) instanceof Set<?> byRoom)
                || !table.getProperties().containsKey(ROWS_FITTED)) {
            return; // only once the columns know their widths: else a first guess shows them, and hides them again
        }
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        double needed = columns.stream().filter(column -> !byRoom.contains(column.getId()))
                .mapToDouble(Tables::comfortableWidth).sum();
        table.getProperties().put(SHOWING_BY_ROOM, Boolean.TRUE);
        try {
            for (TableColumn<?, ?> column : columns) {
                if (byRoom.contains(column.getId())) {
                    boolean fits = needed + comfortableWidth(column) <= room;
                    column.setVisible(fits);
                    needed += fits ? comfortableWidth(column) : 0;
                }
            }
        } finally {
            table.getProperties().remove(SHOWING_BY_ROOM);
        }
    }

    /** A column's width with its names in two lines, or its notes at the width it asks for. */
    private static double comfortableWidth(TableColumn<?, ?> column) {
        return column.getProperties().get(TWO_LINE_WIDTH) instanceof Double twoLines ? twoLines
                : column.getProperties().containsKey(TAKES_THE_REST)
                ? Math.max(column.getMinWidth(), column.getPrefWidth()) : column.getMinWidth();
    }

    private static final String SHOWN_AS = "hourglass.tables.shownAs";

    /**
     * Tells {@link #columnsFit} how a column whose values are not text (numbers, bands) shows them, so it fits them
     * too: its cells must show that text (in the cells' type).
     */
    public static <V> void shownAs(TableColumn<?, V> column, Function<V, String> text) {
        column.getProperties().put(SHOWN_AS, text);
    }

    /** A column of values (a day, a month) shown as the language writes them and sorted by the values themselves. */
    public static <T, V> TableColumn<T, V> shownColumn(String title, Function<T, V> value, Function<V, String> text) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        shownAs(column, text);
        return column;
    }

    /** The distinct texts of a column's rows. */
    @SuppressWarnings("unchecked")
    private static <T> Set<String> texts(TableColumn<T, ?> column, List<T> rows) {
        Set<String> texts = new HashSet<>();
        for (T row : rows) {
            ObservableValue<?> value = column.getCellObservableValue(row);
            if (value != null && value.getValue() instanceof String text) {
                texts.add(text);
            } else if (value != null && value.getValue() != null
                    && column.getProperties().get(SHOWN_AS) instanceof Function<?, ?> shownAs) {
                texts.add(((Function<Object, String>) shownAs).apply(value.getValue()));
            }
        }
        return texts;
    }

    private static double widest(Set<String> texts, Font font, ToDoubleBiFunction<String, Font> measure) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, measure.applyAsDouble(text, font));
        }
        return widest;
    }

    /**
     * The least width in which a wrapping header takes at most two lines (a header row shows no more): 'Days to
     * value' as 'Days to' over 'value'.
     */
    private static double twoLineWidth(String value, Font font) {
        String[] words = (value == null ? "" : value).trim().split("\\s+");
        double least = textWidth(String.join(" ", words), font);
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", Arrays.copyOfRange(words, 0, split));
            String second = String.join(" ", Arrays.copyOfRange(words, split, words.length));
            least = Math.min(least, Math.max(textWidth(first, font), textWidth(second, font)));
        }
        return least;
    }

    /** The size of a cell's second line to its first, as the style sheet's {@code .second-line} has it. */
    private static final double SECOND_LINE_SCALE = 0.85;

    /** A text's width as {@link #column} shows it: a second line, after a line break, in smaller type. */
    private static double linesWidth(String value, Font font) {
        int lineBreak = value == null ? -1 : value.indexOf('\n');
        return lineBreak < 0 ? textWidth(value, font) : Math.max(textWidth(value.substring(0, lineBreak), font),
                textWidth(value.substring(lineBreak + 1),
                        Font.font(font.getFamily(), font.getSize() * SECOND_LINE_SCALE)));
    }

    private static double longestWordWidth(String value, Font font) {
        double widest = 0;
        for (String word : (value == null ? "" : value).split("\\s+")) {
            widest = Math.max(widest, textWidth(word, font));
        }
        return widest;
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
     * A text's second line (after a line break) shows under the first, smaller and muted.
     *
     * @param formula the tooltip of a row's cell (null for none)
     * @param number  right-aligned when true
     */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, Function<T, String> formula,
                                                    boolean number) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label first = new Label();
            private final Label second = new Label();
            private final VBox lines = new VBox(first, second);

            {
                second.getStyleClass().add("second-line");
                lines.setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                int lineBreak = empty || text == null ? -1 : text.indexOf('\n');
                if (lineBreak < 0) {
                    setText(empty ? null : text);
                    setGraphic(null);
                } else {
                    // a note under the value, smaller and quieter (a scenario's difference from the base)
                    first.setText(text.substring(0, lineBreak));
                    second.setText(text.substring(lineBreak + 1));
                    setText(null);
                    setGraphic(lines);
                }
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
