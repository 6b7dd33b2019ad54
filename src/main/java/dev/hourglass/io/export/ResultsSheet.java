package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import java.util.List;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Results</em> sheet: every headline output with its label, unit and key, each a formula
 * ({@link ResultFormulas}) of the inputs and the table sheets.
 */
final class ResultsSheet {
    private static final int VALUE = 1;

    private ResultsSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.results");
    }

    /** Creates the sheet and names the outputs' cells, before any formula refers to them. */
    static void declare(XSSFWorkbook book, List<Section> sections, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
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

    static void write(XSSFWorkbook book, XlsxStyles styles, List<Section> sections, String currency,
                      ExportLabels labels) {
        Sheet sheet = book.getSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("table.output"), labels.text("table.value"),
                labels.text("xlsx.column.unit"), labels.text("xlsx.column.key"));
        int r = 1;
        for (Section s : sections) {
            Cell title = sheet.createRow(r++).createCell(0);
            XlsxCells.text(title, s.title(labels.texts()));
            title.setCellStyle(styles.section());
            for (Figure f : s.figures()) {
                Row row = sheet.createRow(r++);
                label(row, f, labels.texts());
                XlsxCells.formula(row, VALUE, ResultFormulas.of(f.key(), labels),
                        f.key().equals("unitEconomics.monthlyGrossProfit") ? styles.cents() : styles.of(f.unit()));
                XlsxCells.text(row, 2, labels.unit(f.unit(), currency));
                XlsxCells.text(row, 3, f.key());
            }
        }
        XlsxCells.widths(sheet, 42, 18, 10, 44);
    }

    /**
     * A label naming an input's value (the catalogue's "Year {0}: closing ARR" names the plan's {@code years}) names
     * it by formula, so that it still says what the value is after the input is changed.
     */
    private static void label(Row row, Figure f, FigureTexts texts) {
        if (ResultFormulas.isClosingArr(f.key())) {
            String template = texts.text(FigureCatalogue.of(f.key()).labelKey());
            row.createCell(0).setCellFormula(quoting(template, "years"));
        } else {
            XlsxCells.text(row, 0, f.label(texts));
        }
    }

    /** The template's words with each {0} replaced by the input's name: {@code "Year "&years&": closing ARR"}. */
    private static String quoting(String template, String input) {
        StringJoiner formula = new StringJoiner("&");
        String[] words = template.split("\\{0}", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                formula.add(input);
            }
            if (!words[i].isEmpty()) {
                formula.add(text(words[i]));
            }
        }
        return formula.toString();
    }

    private static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
