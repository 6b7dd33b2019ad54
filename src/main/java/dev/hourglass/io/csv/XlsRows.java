package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of one sheet of an Excel 97–2003 workbook (.xls), with the cells read as {@link XlsxRows} reads an xlsx
 * sheet's: numbers plain, date-styled numbers as ISO dates, booleans {@code true}/{@code false}, formulas by their
 * saved value. Line numbers are the sheet's row numbers; blank rows are skipped; rows are as wide as the header. An
 * .xls sheet holds at most 65,536 rows, so the workbook is read whole.
 */
final class XlsRows implements RowSource {
    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final boolean date1904;
    private final Detection sheetSentence;
    private final String otherSheetsHint;
    private final SheetRow sheetRow = new SheetRow();
    private final List<String> values = sheetRow.values;
    private int nextRow;

    private XlsRows(HSSFWorkbook workbook, Sheet sheet, Detection sheetSentence, String otherSheetsHint) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        this.sheetSentence = sheetSentence;
        this.otherSheetsHint = otherSheetsHint;
        this.nextRow = Math.max(sheet.getFirstRowNum(), 0);
    }

    /**
     * Opens the named sheet, or the first when {@code sheetName} is blank.
     *
     * @throws BadInputException when the file is no readable workbook, is password-protected, or has no such sheet
     */
    static XlsRows open(Path path, String fileName, String sheetName) throws BadInputException {
        HSSFWorkbook workbook;
        try (POIFSFileSystem file = new POIFSFileSystem(path.toFile(), true)) {
            workbook = new HSSFWorkbook(file.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(fileName + ": the workbook is password-protected; remove the password in Excel"
                    + " (File > Info > Protect Workbook) or save it as CSV", e,
                    FileProblem.of(FileProblem.Code.PASSWORD_PROTECTED, fileName));
        } catch (OldExcelFormatException e) {
            throw new BadInputException(fileName + ": Excel 5.0/95 format, older than Hourglass reads; save it as"
                    + " .xlsx or CSV", e, FileProblem.of(FileProblem.Code.OLD_EXCEL, fileName));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(fileName + ": not a readable .xls workbook (" + e.getMessage() + ")", e,
                    FileProblem.of(FileProblem.Code.CANNOT_BE_READ, fileName, String.valueOf(e.getMessage())));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        try {
            int index = WorkbookSheets.chosen(fileName, names, sheetName);
            String chosen = names.get(index);
            return new XlsRows(workbook, workbook.getSheetAt(index),
                    WorkbookSheets.sheetSentence(fileName, chosen, names),
                    WorkbookSheets.otherSheetsHint(names, sheetName, chosen));
        } catch (BadInputException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    @Override
    public CsvRow next() {
        while (nextRow <= sheet.getLastRowNum()) {
            int number = nextRow++;
            readRow(sheet.getRow(number));
            CsvRow row = sheetRow.asRow(number + 1L);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private void readRow(Row cells) {
        values.clear();
        if (cells == null) {
            return;
        }
        for (int i = 0; i < cells.getLastCellNum(); i++) {
            Cell cell = cells.getCell(i);
            values.add(cell == null ? "" : text(cell));
        }
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            return XlsxCellText.dateTime(value, date1904);
        }
        return XlsxCellText.plainNumber(value);
    }

    @Override
    public void headerWidth(int headerWidth) {
        sheetRow.headerWidth(headerWidth);
    }

    @Override
    public String otherSheetsHint() {
        return otherSheetsHint;
    }

    @Override
    public Optional<Detection> otherSheets() {
        return otherSheetsHint.isEmpty() ? Optional.empty() : Optional.of(sheetSentence);
    }

    @Override
    public List<Detection> detections() {
        return List.of(sheetSentence);
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(HSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read from memory: a failed close loses nothing
        }
    }
}
