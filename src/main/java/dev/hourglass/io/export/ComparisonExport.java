package dev.hourglass.io.export;

import dev.hourglass.io.AtomicFile;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.hourglass.io.whatif.ScenarioComparison;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A comparison written for a spreadsheet: an .xlsx with real numbers and formats, the differences as formulas a
 * user can follow (Δ = scenario − base, Δ % = Δ ÷ |base|), or a CSV. Text cells that a spreadsheet would run as a
 * formula ({@code = + - @} first) are escaped with a leading apostrophe.
 */
public final class ComparisonExport {
    private ComparisonExport() {
    }

    public static void xlsx(ScenarioComparison comparison, Path file) throws IOException {
        AtomicFile.write(file, out -> xlsx(comparison, out));
    }

    private static void xlsx(ScenarioComparison comparison, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.####"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            sheet(book.createSheet("Inputs"), comparison, comparison.inputs(), number, percent, header);
            sheet(book.createSheet("Outputs"), comparison, comparison.outputs(), number, percent, header);
            book.write(out);
        }
    }

    private static void sheet(Sheet sheet, ScenarioComparison c, List<ScenarioComparison.Row> rows, CellStyle number,
                              CellStyle percent, CellStyle header) {
        int scenarios = c.scenarios().size();
        Row top = sheet.createRow(0);
        text(top.createCell(0), "Figure", header);
        for (int s = 0; s < scenarios; s++) {
            text(top.createCell(1 + s), c.scenarios().get(s), header);
        }
        for (int s = 1; s < scenarios; s++) {
            text(top.createCell(scenarios + 2 * s - 1), "Δ " + c.scenarios().get(s), header);
            text(top.createCell(scenarios + 2 * s), "Δ % " + c.scenarios().get(s), header);
        }
        for (int r = 0; r < rows.size(); r++) {
            ScenarioComparison.Row row = rows.get(r);
            Row line = sheet.createRow(r + 1);
            text(line.createCell(0), row.key(), null);
            for (int s = 0; s < scenarios; s++) {
                if (row.values().get(s).isPresent()) {
                    Cell cell = line.createCell(1 + s);
                    cell.setCellValue(row.values().get(s).getAsDouble());
                    cell.setCellStyle(number);
                }
            }
            int excelRow = r + 2;
            String base = column(1) + excelRow;
            for (int s = 1; s < scenarios; s++) {
                if (row.values().get(0).isPresent() && row.values().get(s).isPresent()) {
                    String other = column(1 + s) + excelRow;
                    Cell delta = line.createCell(scenarios + 2 * s - 1);
                    delta.setCellFormula(other + "-" + base);
                    delta.setCellStyle(number);
                    Cell relative = line.createCell(scenarios + 2 * s);
                    relative.setCellFormula("IF(" + base + "=0,\"\",(" + other + "-" + base + ")/ABS(" + base + "))");
                    relative.setCellStyle(percent);
                }
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 40 * 256);
        for (int col = 1; col < scenarios * 3; col++) {
            sheet.setColumnWidth(col, 16 * 256);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(SpreadsheetText.safe(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    public static void csv(ScenarioComparison c, Path file) throws IOException {
        AtomicFile.write(file, out -> csv(c, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private static void csv(ScenarioComparison c, Writer writer) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(writer)) {
            List<String> header = new ArrayList<>(List.of("section", "figure"));
            c.scenarios().forEach(name -> header.add(SpreadsheetText.safe(name)));
            for (int s = 1; s < c.scenarios().size(); s++) {
                header.add(SpreadsheetText.safe("Δ " + c.scenarios().get(s)));
                header.add(SpreadsheetText.safe("Δ % " + c.scenarios().get(s)));
            }
            csv.writeRecord(header);
            rows(csv, "input", c.inputs());
            rows(csv, "output", c.outputs());
        }
    }

    private static void rows(CsvWriter csv, String section, List<ScenarioComparison.Row> rows) {
        for (ScenarioComparison.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(section, SpreadsheetText.safe(row.key())));
            row.values().forEach(v -> cells.add(number(v)));
            for (int s = 1; s < row.values().size(); s++) {
                cells.add(number(row.delta().get(s)));
                cells.add(number(row.deltaPercent().get(s)));
            }
            csv.writeRecord(cells);
        }
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
    }
}
