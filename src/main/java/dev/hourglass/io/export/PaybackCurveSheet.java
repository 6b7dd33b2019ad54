package dev.hourglass.io.export;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.uniteconomics.Billing;
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
    static final String CUMULATIVE = "cumulativeGrossProfit";
    static final String COVERED = "cacCovered";
    static final String FIRST_YEAR_CHURN = "firstYearChurnUsed";
    static final int MONTHS = InputLimits.MAX_HORIZON_MONTHS;

    private PaybackCurveSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.paybackCurve");
    }

    /** Names the sheet's ranges; call before any formula refers to them. */
    static void declare(XSSFWorkbook book, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        XlsxCells.name(book, CUMULATIVE, XlsxCells.range(sheet, 1, MONTHS, 5));
        XlsxCells.name(book, COVERED, XlsxCells.range(sheet, 1, MONTHS, 6));
        XlsxCells.name(book, FIRST_YEAR_CHURN, XlsxCells.reference(sheet, 1, 9));
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, ExportLabels labels) {
        Sheet sheet = book.getSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("xlsx.payback.month"),
                labels.text("xlsx.payback.billed"), labels.text("xlsx.payback.priceFactor"),
                labels.text("xlsx.payback.discountFactor"), labels.text("xlsx.payback.grossProfit"),
                labels.text("xlsx.payback.cumulative"), labels.text("xlsx.payback.covered"), "", "", "");
        Row first = XlsxCells.row(sheet, 1);
        XlsxCells.text(first, 8, labels.text("xlsx.payback.firstYearChurn"));
        XlsxCells.formula(first, 9, "IF(ISNUMBER(firstYearLogoChurn),firstYearLogoChurn,annualLogoChurn)",
                styles.of(Unit.PERCENT));
        panel(sheet, 2, "CAC", "cac", styles.of(Unit.MONEY));
        panel(sheet, 3, labels.text("xlsx.payback.paybackMonth"), "paybackMonth", styles.of(Unit.MONTHS));
        panel(sheet, 4, "LTV", "ltv", styles.of(Unit.MONEY));
        String monthly = XlsxCells.quoted(AssumptionsSheet.billingWord(Billing.MONTHLY, labels));
        String yes = XlsxCells.quoted(labels.text("xlsx.yes"));
        String no = XlsxCells.quoted(labels.text("xlsx.no"));
        for (int m = 1; m <= MONTHS; m++) {
            Row row = XlsxCells.row(sheet, m);
            int n = m + 1;
            String past = "IF($A" + n + ">horizonMonths,\"\",";
            XlsxCells.formula(row, 0, "ROW()-1", styles.of(Unit.COUNT));
            XlsxCells.formula(row, 1, past + (m == 1 ? "1" : "B" + (n - 1) + "*" + keep(n, monthly)) + ")",
                    styles.of(Unit.PERCENT));
            XlsxCells.formula(row, 2, past + "(1+annualExpansion)^INT((A" + n + "-1)/12))", styles.factor());
            XlsxCells.formula(row, 3, past + "(1+annualDiscountRate)^(-(A" + n + "-1)/12))", styles.factor());
            XlsxCells.formula(row, 4, past + "monthlyGrossProfit*B" + n + "*C" + n + "*D" + n + ")", styles.cents());
            XlsxCells.formula(row, 5, past + (m == 1 ? "E2" : "F" + (n - 1) + "+E" + n) + ")", styles.of(Unit.MONEY));
            XlsxCells.formula(row, 6, past + "IF(F" + n + ">=cac," + yes + "," + no + "))", styles.of(Unit.CHOICE));
        }
        highlightPaybackMonth(sheet);
        XlsxCells.widths(sheet, 8, 14, 10, 10, 16, 18, 10, 3, 24, 16);
    }

    /**
     * The share of last month's customers billed again this month: monthly billing loses a twelfth root of the
     * year's churn each month (first-year churn for months 1–12), annual billing loses the year's churn at renewal;
     * {@code monthly} is the billing word of the Assumptions sheet's language, quoted.
     */
    private static String keep(int n, String monthly) {
        String month = "A" + n;
        return "IF(billing=" + monthly + ",(1-IF(" + month + "<=13," + FIRST_YEAR_CHURN + ",annualLogoChurn))^(1/12),"
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
