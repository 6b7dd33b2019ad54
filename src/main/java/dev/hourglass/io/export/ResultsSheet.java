package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Section;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Results</em> sheet: every headline output with its label, unit and key, each a formula
 * ({@link ResultFormulas}) of the inputs and the table sheets.
 */
final class ResultsSheet {
    static final String NAME = "Results";
    private static final int VALUE = 1;
    private static final Pattern QUOTED_NUMBER = Pattern.compile("(\\D*)\\d+(\\D*)");

    private ResultsSheet() {
    }

    /** Creates the sheet and names the outputs' cells, before any formula refers to them. */
    static void declare(XSSFWorkbook book, List<Section> sections) {
        Sheet sheet = book.createSheet(NAME);
        int r = 1;
        for (Section s : sections) {
            r++;
            for (Figure f : s.figures()) {
                int row = r;
                ResultFormulas.nameOf(f.key())
                        .ifPresent(name -> XlsxCells.name(book, name, XlsxCells.reference(sheet, row, VALUE)));
                r++;
            }
        }
    }

    static void write(XSSFWorkbook book, XlsxStyles styles, List<Section> sections, String currency) {
        Sheet sheet = book.getSheet(NAME);
        XlsxCells.headerRow(sheet, styles.header(), "Output", "Value", "Unit", "Key");
        int r = 1;
        for (Section s : sections) {
            Cell title = sheet.createRow(r++).createCell(0);
            XlsxCells.text(title, s.title(ExportLabels.TEXTS));
            title.setCellStyle(styles.section());
            for (Figure f : s.figures()) {
                Row row = sheet.createRow(r++);
                label(row, f);
                XlsxCells.formula(row, VALUE, ResultFormulas.of(f.key()),
                        f.key().equals("unitEconomics.monthlyGrossProfit") ? styles.cents() : styles.of(f.unit()));
                XlsxCells.text(row, 2, XlsxStyles.unitText(f.unit(), currency));
                XlsxCells.text(row, 3, f.key());
            }
        }
        XlsxCells.widths(sheet, 42, 18, 10, 44);
    }

    /**
     * A label quoting an input ("ARR after year 3", "LTV (60 months)") quotes it by formula, so that it still says
     * what the value is after the input is changed.
     */
    private static void label(Row row, Figure f) {
        String input = ResultFormulas.isClosingArr(f.key()) ? "years"
                : f.key().equals("unitEconomics.ltv") ? "horizonMonths" : null;
        Matcher quoted = QUOTED_NUMBER.matcher(f.label(ExportLabels.TEXTS));
        if (input != null && quoted.matches()) {
            row.createCell(0).setCellFormula(text(quoted.group(1)) + "&" + input + "&" + text(quoted.group(2)));
        } else {
            XlsxCells.text(row, 0, f.label(ExportLabels.TEXTS));
        }
    }

    private static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
