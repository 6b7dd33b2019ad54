package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.postsale.RelationshipStage;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Budget split</em> sheet (metrics.md §5): dollars and hours per relationship stage summed from the budget
 * lines on <em>Assumptions</em>, the pre- and post-purchase totals and their shares. Names {@code totalDollars},
 * {@code totalHours} and the four shares ({@code preDollarsShare} …).
 */
final class BudgetSplitSheet {
    private static final int STAGES = RelationshipStage.values().length;
    private static final int FIRST_SIDE = STAGES + 2;
    private static final int TOTAL = FIRST_SIDE + 2;
    private static final String[] SIDES = {"xlsx.budget.pre", "xlsx.budget.post"};
    private static final String[] SHARES = {"xlsx.budget.sharePre", "xlsx.budget.sharePost"};

    private BudgetSplitSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.budgetSplit");
    }

    /** Names the totals and shares; call before any formula refers to them. */
    static void declare(XSSFWorkbook book, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        XlsxCells.name(book, "totalDollars", XlsxCells.reference(sheet, TOTAL, 2));
        XlsxCells.name(book, "totalHours", XlsxCells.reference(sheet, TOTAL, 3));
        String[] sides = {"pre", "post"};
        for (int i = 0; i < 2; i++) {
            XlsxCells.name(book, sides[i] + "DollarsShare", XlsxCells.reference(sheet, TOTAL + 1 + i, 2));
            XlsxCells.name(book, sides[i] + "HoursShare", XlsxCells.reference(sheet, TOTAL + 1 + i, 3));
        }
    }

    /** The side column's words are what SUMIF matches the totals' labels by, so both come from one key. */
    static void write(XSSFWorkbook book, XlsxStyles styles, XlsxInputCells inputs, ExportLabels labels) {
        Sheet sheet = book.getSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("xlsx.budget.stage"), labels.text("xlsx.budget.side"),
                labels.text("xlsx.budget.dollars"), labels.text("xlsx.budget.hours"));
        CellStyle money = styles.of(Unit.MONEY);
        CellStyle hours = styles.of(Unit.HOURS);
        int r = 1;
        for (RelationshipStage stage : RelationshipStage.values()) {
            Row row = sheet.createRow(r++);
            XlsxCells.text(row, 0, labels.texts().value(stage));
            XlsxCells.text(row, 1, labels.text(SIDES[stage.prePurchase() ? 0 : 1]));
            String line = "budget.lines[" + stage.name() + "].";
            XlsxCells.formula(row, 2, sum(inputs.allOrNone(line + "dollars")), money);
            XlsxCells.formula(row, 3, sum(inputs.allOrNone(line + "hours")), hours);
        }
        String stages = "$B$2:$B$" + (STAGES + 1);
        for (int i = 0; i < 2; i++) {
            Row row = sheet.createRow(FIRST_SIDE + i);
            XlsxCells.text(row, 0, labels.text(SIDES[i]));
            int n = FIRST_SIDE + i + 1;
            XlsxCells.formula(row, 2, "SUMIF(" + stages + ",$A" + n + ",C$2:C$" + (STAGES + 1) + ")", money);
            XlsxCells.formula(row, 3, "SUMIF(" + stages + ",$A" + n + ",D$2:D$" + (STAGES + 1) + ")", hours);
        }
        Row total = sheet.createRow(TOTAL);
        XlsxCells.text(total, 0, labels.text("xlsx.budget.total"));
        XlsxCells.formula(total, 2, "C" + (FIRST_SIDE + 1) + "+C" + (FIRST_SIDE + 2), money);
        XlsxCells.formula(total, 3, "D" + (FIRST_SIDE + 1) + "+D" + (FIRST_SIDE + 2), hours);
        for (int i = 0; i < 2; i++) {
            Row row = sheet.createRow(TOTAL + 1 + i);
            XlsxCells.text(row, 0, labels.text(SHARES[i]));
            int side = FIRST_SIDE + i + 1;
            XlsxCells.formula(row, 2, "IF(totalDollars=0,\"\",C" + side + "/totalDollars)", styles.of(Unit.PERCENT));
            XlsxCells.formula(row, 3, "IF(totalHours=0,\"\",D" + side + "/totalHours)", styles.of(Unit.PERCENT));
        }
        XlsxCells.widths(sheet, 28, 16, 16, 12);
    }

    /** The stage's budget lines added up; 0 for a stage without a line. */
    private static String sum(List<String> cells) {
        return cells.isEmpty() ? "0" : String.join("+", cells);
    }
}
