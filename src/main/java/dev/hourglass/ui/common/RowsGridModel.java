package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model of a grid with one record per row (channels, budget lines): typed cells, ranges pasted from a
 * spreadsheet (rows are added when a paste runs past the last one, if rows may be added), copies, added and
 * removed rows. Every change is one new list, so one undo takes it back; a refused value changes nothing.
 */
public final class RowsGridModel<R> {
    private final List<ColumnField<R>> columns;
    private final Supplier<List<R>> current;
    private final Consumer<List<R>> apply;
    private final Supplier<R> newRow;
    private final Locale locale;
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private CellOverrides overrides;

    /** Which cells are a row's override of a business driver (a channel's own ACV), and how one is reset. */
    public interface CellOverrides {
        /** Null when the cell is the row's own input or reads the scenario's value; else what it overrides. */
        String note(int row, String columnKey);

        /** Makes the cell read the scenario's value again, as one undoable edit. */
        void reset(int row, String columnKey);
    }

    /** @param newRow a fresh row when rows may be added, null when the rows are fixed */
    public RowsGridModel(List<ColumnField<R>> columns, Supplier<List<R>> current, Consumer<List<R>> apply,
                         Supplier<R> newRow, Locale locale) {
        this.columns = List.copyOf(columns);
        this.current = current;
        this.apply = apply;
        this.newRow = newRow;
        this.locale = locale;
        refresh();
    }

    public List<ColumnField<R>> columns() {
        return columns;
    }

    /** Each row's cells as shown. */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void showOverrides(CellOverrides value) {
        this.overrides = value;
    }

    /** What the cell overrides ("Overrides the scenario's ACV of 24,000 USD"); null when it overrides nothing. */
    public String overrideNote(int row, int column) {
        return overrides == null || row < 0 || row >= rows.size() ? null
                : overrides.note(row, columns.get(column).key());
    }

    /** Makes an overriding cell read the scenario's value again; false when it overrides nothing. */
    public boolean reset(int row, int column) {
        if (overrideNote(row, column) == null) {
            return false;
        }
        overrides.reset(row, columns.get(column).key());
        refresh();
        return true;
    }

    public boolean canAddRows() {
        return newRow != null;
    }

    /** Shows the rows as they are now (after an edit, an undo, another scenario); a refusal's message goes. */
    public void refresh() {
        message.set(null);
        showRows();
    }

    private void showRows() {
        List<R> records = current.get();
        List<List<String>> shown = new ArrayList<>();
        if (records != null) {
            for (R record : records) {
                List<String> cells = new ArrayList<>();
                for (ColumnField<R> column : columns) {
                    cells.add(format(column, column.getter().apply(record)));
                }
                shown.add(cells);
            }
        }
        rows.setAll(shown);
    }

    public boolean edit(int row, int column, String text) {
        return paste(row, column, text.replace("\t", " ").replace("\n", " "));
    }

    /** Pastes a tab-separated range with its top-left cell at (row, column). */
    public boolean paste(int row, int column, String tsv) {
        List<R> records = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
        String[] lines = tsv.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = lines.length;
        while (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            int r = row + i;
            if (r >= records.size()) {
                if (newRow == null) {
                    return refuse(UiText.text("common.thePastedRangeHas2", count, (records.size() - row)));
                }
                records.add(newRow.get());
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                int c = column + j;
                if (c >= columns.size()) {
                    return refuse(UiText.text("common.thePastedRangeHas3", cells.length, (columns.size() - column)));
                }
                ColumnField<R> field = columns.get(c);
                try {
                    Object value = field.kind() == null ? cells[j].strip() : (Object) field.kind().parse(cells[j], locale);
                    records.set(r, field.setter().apply(records.get(r), value));
                } catch (InvalidInputException e) {
                    return refuse(UiText.text("common.row", (r + 1), InvalidInputText.of(field.label(), field.kind(), locale, e),
                            suffix(count, cells.length)));
                } catch (IllegalArgumentException e) {
                    return refuse(UiText.text("common.row2", (r + 1), field.label(), e.getMessage(), suffix(count, cells.length)));
                }
            }
        }
        apply.accept(records);
        refresh();
        return true;
    }

    /** The cells of the given rows and columns, tab-separated, with a header line. */
    public String copy(List<Integer> selectedRows, int firstColumn, int lastColumn) {
        StringBuilder tsv = new StringBuilder();
        for (int c = firstColumn; c <= lastColumn; c++) {
            tsv.append(c == firstColumn ? "" : "\t").append(columns.get(c).label());
        }
        tsv.append('\n');
        for (int r : selectedRows) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                tsv.append(c == firstColumn ? "" : "\t").append(rows.get(r).get(c));
            }
            tsv.append('\n');
        }
        return tsv.toString();
    }

    public void addRow() {
        if (newRow != null) {
            List<R> records = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
            records.add(newRow.get());
            apply.accept(records);
            refresh();
        }
    }

    public void removeRow(int row) {
        List<R> records = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
        if (newRow != null && row >= 0 && row < records.size()) {
            records.remove(row);
            apply.accept(records);
            refresh();
        }
    }

    private String format(ColumnField<R> column, Object value) {
        if (column.kind() == null) {
            return String.valueOf(value);
        }
        return column.kind().format(((Number) value).doubleValue(), locale);
    }

    private boolean refuse(String why) {
        message.set(why);
        showRows();
        return false;
    }

    private static String suffix(int rows, int columns) {
        return rows * columns > 1 ? UiText.text("common.nothingWasPasted") : UiText.text("common.theLastGoodValue");
    }
}
