package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.plan.SourceFunnel;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Plan by source</em> sheet: each lead source's funnel month by month, laid out as the <em>Plan</em> sheet —
 * every month a formula of that sheet's new customers one sales cycle later and the source's row on <em>Plan
 * inputs</em> (its share, step rates and cost per lead), every quarter and year total a SUM. An empty rate gives #N/A.
 */
final class PlanSourcesSheet {
    /** A source's line: its label key and formula; {@code S(column)} is the source's cell on Plan inputs. */
    private record Line(String label, boolean money, String formula) {
    }

    /** {@code {CUSTOMERS}} … stand for this source's lines in the same month, {@code {PLAN}} for Plan's customers. */
    private static final List<Line> LINES = List.of(
            new Line("xlsx.plan.sources.newCustomers", false, "{PLAN}*S(B)"),
            new Line("xlsx.plan.line.sals", false, "IF(S(F)=\"\",NA(),{CUSTOMERS}/S(F))"),
            new Line("xlsx.plan.line.sqls", false, "IF(S(E)=\"\",NA(),{SALS}/S(E))"),
            new Line("xlsx.plan.line.mqls", false, "IF(S(D)=\"\",NA(),{SQLS}/S(D))"),
            new Line("xlsx.plan.line.leads", false, "IF(S(C)=\"\",NA(),{MQLS}/S(C))"),
            new Line("xlsx.plan.line.acquisitionSpend", true,
                    "IF(S(G)=\"\",IF(cac=\"\",NA(),{CUSTOMERS}*cac),{LEADS}*S(G))"));
    private static final String[] KEYS = {"CUSTOMERS", "SALS", "SQLS", "MQLS", "LEADS"};

    private PlanSourcesSheet() {
    }

    /**
     * @param firstSourceRow the row (from 0) of the first source on Plan inputs, the others following it
     */
    static void write(XSSFWorkbook book, XlsxStyles styles, YearMonth start, int months, List<SourceFunnel> sources,
                      int firstSourceRow, ExportLabels labels) {
        Sheet sheet = book.createSheet(labels.text("xlsx.sheet.planSources"));
        List<PlanPeriods.Column> periods = PlanPeriods.of(start, months, labels);
        String[] titles = new String[periods.size() + 1];
        titles[0] = labels.text("xlsx.column.line");
        for (int c = 0; c < periods.size(); c++) {
            titles[c + 1] = periods.get(c).title();
        }
        int[] monthColumn = PlanPeriods.monthColumns(periods, months);
        XlsxCells.headerRow(sheet, styles.header(), titles);
        sheet.createFreezePane(1, 1);
        CellStyle money = styles.of(Unit.MONEY);
        CellStyle count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
        String inputs = "'" + PlanInputsSheet.name(labels).replace("'", "''") + "'!";
        String plan = "'" + PlanMonthsSheet.name(labels).replace("'", "''") + "'!";
        int r = 1;
        for (int s = 0; s < sources.size(); s++) {
            int sourceRow = firstSourceRow + s + 1;
            int firstLine = r + 1; // the sheet row (from 1) of the source's new customers
            for (Line line : LINES) {
                Row row = XlsxCells.row(sheet, r);
                XlsxCells.text(row, 0, labels.text("xlsx.plan.sources.row", sources.get(s).source(),
                        labels.text(line.label())));
                for (int c = 0; c < periods.size(); c++) {
                    PlanPeriods.Column period = periods.get(c);
                    String formula;
                    if (period.kind() == PlanPeriods.Kind.MONTH) {
                        String column = CellReference.convertNumToColString(c + 1);
                        formula = line.formula().replace("{PLAN}", plan + column + PlanMonthsSheet.row("CUSTOMERS"))
                                .replaceAll("S\\(([A-G])\\)", inputs + "\\$$1\\$" + sourceRow);
                        for (int k = 0; k < KEYS.length; k++) {
                            formula = formula.replace("{" + KEYS[k] + "}", column + (firstLine + k));
                        }
                    } else {
                        formula = PlanPeriods.sum(period, monthColumn, r + 1);
                    }
                    XlsxCells.formula(row, c + 1, formula, line.money() ? money : count);
                }
                r++;
            }
        }
        sheet.setColumnWidth(0, 44 * 256);
        for (int c = 1; c <= periods.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }
}
