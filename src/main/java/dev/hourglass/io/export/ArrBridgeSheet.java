package dev.hourglass.io.export;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionRates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>ARR bridge</em> sheet (metrics.md §2): the five rates in whichever form the scenario states them, the other
 * form derived, and one row per year up to the longest plan allowed — opening = last year's closing, churned,
 * contracted and expanded as shares of the opening, new ARR, closing — rows past the scenario's years empty. Names
 * {@code churnRate}, {@code contractionRate}, {@code expansionRate}, {@code grr}, {@code nrr} (where the inputs do
 * not) and {@code closingArr}.
 */
final class ArrBridgeSheet {
    static final String CLOSING = "closingArr";
    static final int YEARS = InputLimits.MAX_YEARS;
    private static final String[] RATES = {"churnRate", "contractionRate", "expansionRate", "grr", "nrr"};
    private static final String[] RATE_LABELS = {"xlsx.bridge.churnRate", "xlsx.bridge.contractionRate",
            "xlsx.bridge.expansionRate", "xlsx.bridge.grr", "xlsx.bridge.nrr"};

    private ArrBridgeSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.arrBridge");
    }

    /** Names the sheet's cells that no input names; call before any formula refers to them. */
    static void declare(XSSFWorkbook book, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        for (int i = 0; i < RATES.length; i++) {
            XlsxCells.name(book, RATES[i], XlsxCells.reference(sheet, i + 1, 9));
        }
        XlsxCells.name(book, CLOSING, XlsxCells.range(sheet, 1, YEARS, 6));
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, RetentionInputs in, ExportLabels labels) {
        Sheet sheet = book.getSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("table.year"), labels.text("xlsx.bridge.opening"),
                labels.text("xlsx.bridge.churned"), labels.text("xlsx.bridge.contracted"),
                labels.text("xlsx.bridge.expanded"), labels.text("xlsx.bridge.newArr"),
                labels.text("xlsx.bridge.closing"), "", labels.text("xlsx.bridge.rate"), "");
        String[] derived = in.rates() instanceof RetentionRates.GrrNrr
                ? new String[] {"1-grr", "0", "nrr-grr", "grr", "nrr"}
                : new String[] {"churnRate", "contractionRate", "expansionRate", "1-churnRate-contractionRate",
                        "grr+expansionRate"};
        for (int i = 0; i < RATES.length; i++) {
            Row row = XlsxCells.row(sheet, i + 1);
            XlsxCells.text(row, 8, labels.text(RATE_LABELS[i]));
            XlsxCells.formula(row, 9, derived[i], styles.of(Unit.PERCENT));
        }
        CellStyle money = styles.of(Unit.MONEY);
        String newArr = in.newArrPerYear().isEmpty() ? "0" : "INDEX(" + XlsxInputNames.NEW_ARR_PER_YEAR + ",MIN(YEAR,"
                + "ROWS(" + XlsxInputNames.NEW_ARR_PER_YEAR + ")))";
        for (int y = 1; y <= YEARS; y++) {
            Row row = XlsxCells.row(sheet, y);
            int n = y + 1;
            String past = "IF($A" + n + "=\"\",\"\",";
            XlsxCells.formula(row, 0, "IF(ROW()-1>years,\"\",ROW()-1)", styles.of(Unit.COUNT));
            XlsxCells.formula(row, 1, past + (y == 1 ? "startArr" : "G" + (n - 1)) + ")", money);
            XlsxCells.formula(row, 2, past + "B" + n + "*churnRate)", money);
            XlsxCells.formula(row, 3, past + "B" + n + "*contractionRate)", money);
            XlsxCells.formula(row, 4, past + "B" + n + "*expansionRate)", money);
            XlsxCells.formula(row, 5, past + newArr.replace("YEAR", "A" + n) + ")", money);
            XlsxCells.formula(row, 6, past + "B" + n + "-C" + n + "-D" + n + "+E" + n + "+F" + n + ")", money);
        }
        XlsxCells.widths(sheet, 8, 16, 16, 16, 16, 16, 16, 3, 26, 10);
    }
}
