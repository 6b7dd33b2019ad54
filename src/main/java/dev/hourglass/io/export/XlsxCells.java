package dev.hourglass.io.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/** Writing cells of a spreadsheet export: escaped text, formulas with their format, names, headers, widths. */
final class XlsxCells {
    private XlsxCells() {
    }

    static void text(Cell cell, String value) {
        cell.setCellValue(SpreadsheetText.safe(value));
    }

    static void text(Row row, int column, String value) {
        text(row.createCell(column), value);
    }

    static Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** A text as a formula's string literal: {@code "Monthly"}, inner quotes doubled. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    static void headerRow(Sheet sheet, CellStyle style, String... titles) {
        Row row = row(sheet, 0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            text(cell, titles[i]);
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** {@code 'Sheet name'!$B$7}: a cell any sheet's formula can use. */
    static String reference(Sheet sheet, int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, true, true).formatAsString();
    }

    /** {@code 'Sheet name'!$B$2:$B$61}: a column's cells from one row to another. */
    static String range(Sheet sheet, int firstRow, int lastRow, int column) {
        String first = new CellReference(sheet.getSheetName(), firstRow, column, true, true).formatAsString();
        return first + ":" + new CellReference(lastRow, column, true, true).formatAsString();
    }

    /** Names a cell or range for the whole workbook; false (and nothing named) when the name is taken. */
    static boolean name(Workbook book, String name, String reference) {
        if (book.getName(name) != null) {
            return false;
        }
        Name defined = book.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(reference);
        return true;
    }
}
