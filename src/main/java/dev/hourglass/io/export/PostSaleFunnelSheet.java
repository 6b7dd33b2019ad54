package dev.hourglass.io.export;

import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.postsale.PostSaleStep;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The <em>Post-sale funnel</em> sheet (metrics.md §5): each step's accounts and its step and cumulative conversion. */
final class PostSaleFunnelSheet {

    private PostSaleFunnelSheet() {
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, XlsxInputCells inputs, ExportLabels labels) {
        Sheet sheet = book.createSheet(labels.text("xlsx.sheet.postSaleFunnel"));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("table.step"), labels.text("xlsx.funnel.accounts"),
                labels.text("xlsx.funnel.stepConversion"), labels.text("xlsx.funnel.cumulativeConversion"),
                labels.text("xlsx.column.key"));
        int r = 1;
        for (PostSaleStep step : PostSaleStep.values()) {
            Row row = sheet.createRow(r);
            int n = r + 1;
            XlsxCells.text(row, 0, labels.texts().value(step));
            XlsxCells.formula(row, 1, inputs.of("postSaleFunnel." + step.key()), styles.of(Unit.COUNT));
            String previous = "B" + (r == 1 ? n : n - 1);
            XlsxCells.formula(row, 2, "IF(" + previous + "=0,\"\",B" + n + "/" + previous + ")", styles.of(Unit.PERCENT));
            XlsxCells.formula(row, 3, "IF($B$2=0,\"\",B" + n + "/$B$2)", styles.of(Unit.PERCENT));
            XlsxCells.text(row, 4, "postSaleFunnel.steps[" + step.key() + "]");
            r++;
        }
        XlsxCells.widths(sheet, 42, 12, 16, 20, 36);
    }
}
