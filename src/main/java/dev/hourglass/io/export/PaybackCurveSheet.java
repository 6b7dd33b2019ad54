package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.InputLimits;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Payback curve</em> sheet: metrics.md §1 month by month as formulas of the inputs — survival with billing
 * and first-year churn, price growth, discount, the month's expected gross profit and its running sum — one row per
 * month up to the longest horizon allowed, rows past the scenario's horizon empty, so changing the horizon, billing
 * or any rate in Excel redraws the whole curve. Names {@code cumulativeGrossProfit} and {@code cacCovered}
 * (yes/no per month) for the payback month and LTV on <em>Results</em>.
 */
final class PaybackCurveSheet {
    static final String NAME = "Payback curve";
    static final String CUMULATIVE = "cumulativeGrossProfit";
    static final String COVERED = "cacCovered";
    static final String FIRST_YEAR_CHURN = "firstYearChurnUsed";
    static final int MONTHS = InputLimits.MAX_HORIZON_MONTHS;

    private PaybackCurveSheet() {
    }

    /** Names the sheet's ranges; call before any formula refers to them. */
    static void declare(XSSFWorkbook book) {
        Sheet sheet = book.createSheet(NAME);
        XlsxCells.name(book, CUMULATIVE, XlsxCells.range(sheet, 1, MONTHS, 5));
        XlsxCells.name(book, COVERED, XlsxCells.range(sheet, 1, MONTHS, 6));
        XlsxCells.name(book, FIRST_YEAR_CHURN, XlsxCells.reference(sheet, 1, 9));
    }

    static void write(XSSFWorkbook book, XlsxStyles styles) {
        Sheet sheet = book.getSheet(NAME);
        XlsxCells.headerRow(sheet, styles.header(), "Month", "Share of customers billed", "Price factor",
                "Discount factor", "Gross profit in the month", "Cumulative gross profit", "CAC covered", "",
                "", "");
        Row first = XlsxCells.row(sheet, 1);
        XlsxCells.text(first, 8, "First-year churn used");
        XlsxCells.formula(first, 9, "IF(ISNUMBER(firstYearLogoChurn),firstYearLogoChurn,annualLogoChurn)",
                styles.of(Unit.PERCENT));
        panel(sheet, 2, "CAC", "cac", styles.of(Unit.MONEY));
        panel(sheet, 3, "CAC payback (month)", "paybackMonth", styles.of(Unit.MONTHS));
        panel(sheet, 4, "LTV", "ltv", styles.of(Unit.MONEY));
        for (int m = 1; m <= MONTHS; m++) {
            Row row = XlsxCells.row(sheet, m);
            int n = m + 1;
            String past = "IF($A" + n + ">horizonMonths,\"\",";
            XlsxCells.formula(row, 0, "ROW()-1", styles.of(Unit.COUNT));
            XlsxCells.formula(row, 1, past + (m == 1 ? "1" : "B" + (n - 1) + "*" + keep(n)) + ")", styles.of(Unit.PERCENT));
            XlsxCells.formula(row, 2, past + "(1+annualExpansion)^INT((A" + n + "-1)/12))", styles.factor());
            XlsxCells.formula(row, 3, past + "(1+annualDiscountRate)^(-(A" + n + "-1)/12))", styles.factor());
            XlsxCells.formula(row, 4, past + "monthlyGrossProfit*B" + n + "*C" + n + "*D" + n + ")", styles.cents());
            XlsxCells.formula(row, 5, past + (m == 1 ? "E2" : "F" + (n - 1) + "+E" + n) + ")", styles.of(Unit.MONEY));
            XlsxCells.formula(row, 6, past + "IF(F" + n + ">=cac,\"yes\",\"no\"))", styles.of(Unit.CHOICE));
        }
        highlightPaybackMonth(sheet);
        XlsxCells.widths(sheet, 8, 14, 10, 10, 16, 18, 10, 3, 24, 16);
    }

    /**
     * The share of last month's customers billed again this month: monthly billing loses a twelfth root of the
     * year's churn each month (first-year churn for months 1–12), annual billing loses the year's churn at renewal.
     */
    private static String keep(int n) {
        String month = "A" + n;
        return "IF(billing=\"Monthly\",(1-IF(" + month + "<=13," + FIRST_YEAR_CHURN + ",annualLogoChurn))^(1/12),"
                + "IF(MOD(" + month + "-1,12)=0,1-IF(" + month + "=13," + FIRST_YEAR_CHURN + ",annualLogoChurn),1))";
    }

    private static void panel(Sheet sheet, int r, String label, String name, CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        XlsxCells.text(row, 8, label);
        XlsxCells.formula(row, 9, name, style);
    }

    private static void highlightPaybackMonth(Sheet sheet) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule("$A2=paybackMonth");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, MONTHS, 0, 6)}, rule);
    }
}
