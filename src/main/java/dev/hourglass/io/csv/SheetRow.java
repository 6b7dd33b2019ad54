package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook sheet's row as a table row, for the two workbook readers (xlsx and .xls): a sheet leaves trailing blank
 * cells out, so rows are padded to the header's width; a row of blank cells is no row.
 */
final class SheetRow {
    /** The cells of the row being read, by column; the reader fills them. */
    final List<String> values = new ArrayList<>();
    private final CsvRow row = new CsvRow();
    private int width = -1;

    void headerWidth(int headerWidth) {
        width = headerWidth;
    }

    /** The cells read as the row numbered {@code line}, or null when they are all blank. */
    CsvRow asRow(long line) {
        int last = values.size() - 1;
        while (last >= 0 && values.get(last).isBlank()) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        if (width < 0) {
            width = last + 1;
        }
        row.begin(line);
        for (int i = 0, end = Math.max(width, last + 1); i < end; i++) {
            row.add(i < values.size() ? values.get(i) : "");
        }
        return row;
    }
}
