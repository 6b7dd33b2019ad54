package dev.hourglass.io.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioOverride;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A comparison written for a spreadsheet: an .xlsx whose rows are named as the app names the figures (section,
 * label, unit), with real numbers formatted by unit and the differences to the first scenario stored as values —
 * Δ in the figure's unit, a difference of rates in percentage points, Δ % relative to the first — or a CSV by
 * scenario-file key. Text cells that a spreadsheet would run as a formula ({@code = + - @} first) are escaped with a
 * leading apostrophe.
 */
public final class ComparisonExport {
    private static final int FIRST_VALUE = 3;

    private ComparisonExport() {
    }

    /** The comparison in English ({@link #xlsx(List, Path, Locale)}). */
    public static void xlsx(List<Scenario> scenarios, Path file) throws IOException {
        xlsx(scenarios, file, Locale.ENGLISH);
    }

    /**
     * The scenarios compared, the first the base of the differences, written to {@code file} whole or not at all,
     * in {@code language} when the report has it (en, de), else in English.
     */
    public static void xlsx(List<Scenario> scenarios, Path file, Locale language) throws IOException {
        ScenarioComparison comparison = ScenarioComparison.of(scenarios);
        List<String> currencies = scenarios.stream().map(Scenario::currency).toList();
        ExportLabels labels = ExportLabels.of(language);
        AtomicFile.write(file, out -> xlsx(comparison, currencies, labels, out));
    }

    private static void xlsx(ScenarioComparison comparison, List<String> currencies, ExportLabels labels,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            String currency = currencies.get(0);
            XlsxStyles styles = new XlsxStyles(book, currency);
            Sheet inputs = book.createSheet(labels.text("xlsx.sheet.inputs"));
            sheet(inputs, comparison, comparison.inputs(), styles, currency, labels);
            markOverrides(inputs, comparison, currencies, labels);
            sheet(book.createSheet(labels.text("xlsx.sheet.outputs")), comparison, comparison.outputs(), styles,
                    currency, labels);
            book.write(out);
        }
    }

    /**
     * Fills and comments, as the scenario xlsx does, each scenario's value of an input that is a section's override
     * of a business driver, and says so under the table.
     */
    private static void markOverrides(Sheet sheet, ScenarioComparison c, List<String> currencies,
                                      ExportLabels labels) {
        List<ScenarioComparison.Row> rows = c.inputs();
        for (int r = 0; r < rows.size(); r++) {
            for (int s = 0; s < c.scenarios().size(); s++) {
                Cell value = sheet.getRow(r + 1).getCell(FIRST_VALUE + s);
                Optional<ScenarioOverride> override = c.override(s, rows.get(r).key());
                if (value != null && override.isPresent()) {
                    OverrideMarks.markCell(value, override.get(), currencies.get(s), labels);
                }
            }
        }
        if (c.anyOverride()) {
            Row legend = sheet.createRow(rows.size() + 2);
            XlsxCells.text(legend, 0, labels.text("xlsx.compare.note"));
            XlsxCells.text(legend, 1, labels.text("xlsx.compare.overrides"));
        }
    }

    private static void sheet(Sheet sheet, ScenarioComparison c, List<ScenarioComparison.Row> rows,
                              XlsxStyles styles, String currency, ExportLabels labels) {
        int scenarios = c.scenarios().size();
        List<String> titles = new ArrayList<>(List.of(labels.text("xlsx.column.section"),
                labels.text("xlsx.column.figure"), labels.text("xlsx.column.unit")));
        titles.addAll(c.scenarios());
        for (int s = 1; s < scenarios; s++) {
            titles.add("Δ " + c.scenarios().get(s));
            titles.add("Δ % " + c.scenarios().get(s));
        }
        XlsxCells.headerRow(sheet, styles.header(), titles.toArray(String[]::new));
        for (int r = 0; r < rows.size(); r++) {
            ScenarioComparison.Row row = rows.get(r);
            Row line = sheet.createRow(r + 1);
            ExportLabels.Label label = labels.figure(row.key()).orElse(null);
            Unit unit = label == null ? Unit.COUNT : label.unit();
            XlsxCells.text(line, 0, label == null ? "" : label.section());
            XlsxCells.text(line, 1, label == null ? row.key() : label.text());
            XlsxCells.text(line, 2, labels.unit(unit, currency));
            for (int s = 0; s < scenarios; s++) {
                number(line, FIRST_VALUE + s, row.values().get(s), 1, styles.of(unit));
            }
            boolean rate = unit == Unit.PERCENT;
            for (int s = 1; s < scenarios; s++) {
                int column = FIRST_VALUE + scenarios + 2 * (s - 1);
                number(line, column, row.delta().get(s), rate ? 100 : 1, rate ? styles.points() : styles.of(unit));
                number(line, column + 1, row.deltaPercent().get(s), 1, styles.of(Unit.PERCENT));
            }
        }
        sheet.createFreezePane(FIRST_VALUE, 1);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        for (int col = FIRST_VALUE; col < FIRST_VALUE + scenarios * 3; col++) {
            sheet.setColumnWidth(col, 16 * 256);
        }
    }

    /** The value times {@code scale} (100 for percentage points), nothing for "no data". */
    private static void number(Row line, int column, OptionalDouble value, double scale, CellStyle style) {
        if (value.isPresent()) {
            Cell cell = line.createCell(column);
            cell.setCellValue(value.getAsDouble() * scale);
            cell.setCellStyle(style);
        }
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
            header.add("overridden in");
            csv.writeRecord(header);
            ExportLabels english = ExportLabels.of(Locale.ENGLISH); // like the CSV's other columns
            rows(csv, "input", c.inputs(), c, english);
            rows(csv, "output", c.outputs(), c, english);
        }
    }

    /** The last column names the scenarios whose value is a section's override, as the xlsx fills those cells. */
    private static void rows(CsvWriter csv, String section, List<ScenarioComparison.Row> rows, ScenarioComparison c,
                             ExportLabels labels) {
        for (ScenarioComparison.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(section, SpreadsheetText.safe(row.key())));
            row.values().forEach(v -> cells.add(number(v)));
            for (int s = 1; s < row.values().size(); s++) {
                cells.add(number(row.delta().get(s)));
                cells.add(number(row.deltaPercent().get(s)));
            }
            cells.add(SpreadsheetText.safe(overriddenIn(c, row.key(), labels)));
            csv.writeRecord(cells);
        }
    }

    /** "Upside (Retention programme)": each scenario whose value is a section's override, with the section. */
    private static String overriddenIn(ScenarioComparison c, String key, ExportLabels labels) {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < c.scenarios().size(); s++) {
            String scenario = c.scenarios().get(s);
            c.override(s, key).ifPresent(o -> names.add(scenario + " (" + OverrideMarks.sectionName(o, labels) + ")"));
        }
        return String.join("; ", names);
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
    }
}
