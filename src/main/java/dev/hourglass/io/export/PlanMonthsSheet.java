package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Plan</em> sheet: the plan's lines down and its months across, every month a formula of the named inputs
 * and the month before (opening ARR is last month's closing), each calendar quarter's and year's total after its
 * last month — ARR and sellers by the period's opening or closing value, every other line a SUM.
 */
final class PlanMonthsSheet {

    /** How a total column shows a line. */
    private enum Total { OPENING, CLOSING, SUM }

    /**
     * A line: its label (the key after {@code xlsx.plan.line.}), how one month computes it ({@code M} = this month's
     * column, {@code P} the previous).
     */
    private record Line(String label, Total total, boolean money, String first, String later) {
    }

    /** {@code CUSTOMERS} stands for the row of new customers one sales cycle later, {@code BOOKINGS} for bookings. */
    private static final List<Line> LINES = List.of(
            new Line("openingArr", Total.OPENING, true, PlanInputsSheet.OPENING_ARR, "P{CLOSING}"),
            new Line("churned", Total.SUM, true, "M{OPENING}*monthlyChurn", null),
            new Line("contracted", Total.SUM, true, "M{OPENING}*monthlyContraction", null),
            new Line("expanded", Total.SUM, true, "M{OPENING}*monthlyExpansion", null),
            new Line("newArr", Total.SUM, true,
                    PlanInputsSheet.NEW_ARR + "+M{OPENING}*" + PlanInputsSheet.NEW_ARR_SHARE, null),
            new Line("closingArr", Total.CLOSING, true, "M{OPENING}-M{CHURNED}-M{CONTRACTED}+M{EXPANDED}+M{NEW}", null),
            new Line("bookings", Total.SUM, true, "M{NEW}", null),
            new Line("customers", Total.SUM, false, "LATER/acv", null),
            new Line("pipeline", Total.SUM, true, "M{CUSTOMERS}*acv*requiredCoverage", null),
            new Line("sals", Total.SUM, false, "M{CUSTOMERS}*salsPerCustomer", null),
            new Line("sqls", Total.SUM, false, "M{CUSTOMERS}*sqlsPerCustomer", null),
            new Line("mqls", Total.SUM, false, "M{CUSTOMERS}*mqlsPerCustomer", null),
            new Line("leads", Total.SUM, false, "M{CUSTOMERS}*leadsPerCustomer", null),
            new Line("acquisitionSpend", Total.SUM, true, "M{CUSTOMERS}*spendPerCustomer", null),
            new Line("postSaleSpend", Total.SUM, true, "M{ACQUISITION}*postSaleShare/(1-postSaleShare)", null),
            new Line("sellers", Total.CLOSING, false,
                    "IF(productivityPerSeller=\"\",NA(),M{NEW}/productivityPerSeller)", null));
    private static final String[] KEYS = {"OPENING", "CHURNED", "CONTRACTED", "EXPANDED", "NEW", "CLOSING",
            "BOOKINGS", "CUSTOMERS", "PIPELINE", "SALS", "SQLS", "MQLS", "LEADS", "ACQUISITION", "POSTSALE", "SELLERS"};

    private PlanMonthsSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.plan");
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, YearMonth start, int months, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        List<PlanPeriods.Column> periods = PlanPeriods.of(start, months, labels);
        String[] titles = new String[periods.size() + 1];
        titles[0] = labels.text("xlsx.column.line");
        int[] monthColumn = PlanPeriods.monthColumns(periods, months);
        for (int c = 0; c < periods.size(); c++) {
            titles[c + 1] = periods.get(c).title();
        }
        XlsxCells.headerRow(sheet, styles.header(), titles);
        sheet.createFreezePane(1, 1);
        CellStyle money = styles.of(Unit.MONEY);
        CellStyle count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
        String bookings = bookingsChoice(monthColumn);
        for (int l = 0; l < LINES.size(); l++) {
            Line line = LINES.get(l);
            Row row = XlsxCells.row(sheet, l + 1);
            XlsxCells.text(row, 0, labels.text("xlsx.plan.line." + line.label()));
            row.getCell(0).setCellStyle(styles.section());
            CellStyle style = line.money() ? money : count;
            for (int c = 0; c < periods.size(); c++) {
                PlanPeriods.Column period = periods.get(c);
                String formula = period.kind() == PlanPeriods.Kind.MONTH
                        ? monthFormula(line, period.months().get(0), monthColumn, bookings, months)
                        : totalFormula(line, l + 1, period, monthColumn);
                XlsxCells.formula(row, c + 1, formula, style);
            }
        }
        sheet.setColumnWidth(0, 44 * 256);
        for (int c = 1; c <= periods.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private static String monthFormula(Line line, int month, int[] monthColumn, String bookings, int months) {
        String formula = month == 0 || line.later() == null ? line.first() : line.later();
        String later = "CHOOSE(MIN(" + (month + 1) + "+salesCycleMonths," + months + ")," + bookings + ")";
        formula = formula.replace("LATER", later);
        for (int k = 0; k < KEYS.length; k++) {
            int row = k + 2; // 1-based row of the line on the sheet
            formula = formula.replace("M{" + KEYS[k] + "}", letter(monthColumn[month]) + row);
            if (month > 0) {
                formula = formula.replace("P{" + KEYS[k] + "}", letter(monthColumn[month - 1]) + row);
            }
        }
        return formula;
    }

    /** Every month's bookings, absolute, for CHOOSE: the bookings one sales cycle later (or the last month's). */
    private static String bookingsChoice(int[] monthColumn) {
        int row = List.of(KEYS).indexOf("BOOKINGS") + 2;
        List<String> cells = new ArrayList<>();
        for (int column : monthColumn) {
            cells.add("$" + letter(column) + "$" + row);
        }
        return String.join(",", cells);
    }

    private static String totalFormula(Line line, int sheetRow, PlanPeriods.Column period, int[] monthColumn) {
        int n = sheetRow + 1;
        List<Integer> months = period.months();
        return switch (line.total()) {
            case OPENING -> letter(monthColumn[months.get(0)]) + n;
            case CLOSING -> letter(monthColumn[months.get(months.size() - 1)]) + n;
            case SUM -> PlanPeriods.sum(period, monthColumn, n);
        };
    }

    /** The sheet's row (from 1) of a line by its key ({@code CUSTOMERS} …). */
    static int row(String key) {
        return List.of(KEYS).indexOf(key) + 2;
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
