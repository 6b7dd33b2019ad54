package dev.hourglass.io.export;

import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioOverride;
import dev.hourglass.model.uniteconomics.Billing;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The <em>Assumptions</em> sheet: every input of the scenario with its label, unit and scenario-file key, the one
 * place a user changes a figure. Each input is named for the workbook ({@link XlsxInputNames}) where it has a name.
 */
final class AssumptionsSheet {
    private static final int VALUE = 1;

    private AssumptionsSheet() {
    }

    static String name(ExportLabels labels) {
        return labels.text("xlsx.sheet.assumptions");
    }

    static XlsxInputCells write(XSSFWorkbook book, XlsxStyles styles, Scenario scenario, ExportLabels labels) {
        Sheet sheet = book.createSheet(name(labels));
        XlsxCells.headerRow(sheet, styles.header(), labels.text("table.input"), labels.text("table.value"),
                labels.text("xlsx.column.unit"), labels.text("xlsx.column.key"));
        int r = 1;
        r = sectionRow(sheet, styles, r, labels.text("xlsx.assumptions.scenario"));
        r = textRow(sheet, r, labels.text("xlsx.assumptions.name"), scenario.name(), "name");
        r = textRow(sheet, r, labels.text("cover.currency"), scenario.currency(), "currency");
        if (!scenario.description().isEmpty()) {
            r = textRow(sheet, r, labels.text("xlsx.assumptions.description"), scenario.description(), "description");
        }
        FigureFormatter words = new FigureFormatter(Locale.US, scenario.currency(), labels.texts().locale());
        XlsxInputCells inputs = new XlsxInputCells();
        Map<String, ScenarioOverride> overridden = ScenarioFigures.overriddenInputs(scenario);
        int firstNewArr = -1;
        int lastNewArr = -1;
        for (Section s : ExportLabels.inputs(scenario)) {
            r = sectionRow(sheet, styles, r + 1, s.title(labels.texts()));
            for (Figure f : s.figures()) {
                Row row = sheet.createRow(r);
                XlsxCells.text(row, 0, f.label(labels.texts()));
                Cell value = row.createCell(VALUE);
                value.setCellStyle(styles.of(f.unit()));
                Optional<String> driver = overridden.containsKey(f.key()) ? Optional.empty() : driverCell(f.key(), inputs);
                if (driver.isPresent()) {
                    value.setCellFormula(driver.get());
                } else if (f.value().isPresent()) {
                    value.setCellValue(f.value().getAsDouble());
                } else {
                    XlsxCells.text(value, f.formatted(words));
                }
                XlsxCells.text(row, 2, labels.unit(f.unit(), scenario.currency()));
                XlsxCells.text(row, 3, f.key());
                String cell = XlsxCells.reference(sheet, r, VALUE);
                Optional<String> name = XlsxInputNames.of(f.key());
                inputs.put(f.key(), name.isPresent() && XlsxCells.name(book, name.get(), cell) ? name.get() : cell);
                if (f.key().equals("unitEconomics.billing")) {
                    billingChoice(sheet, r, labels);
                }
                if (XlsxInputNames.isNewArr(f.key())) {
                    firstNewArr = firstNewArr < 0 ? r : firstNewArr;
                    lastNewArr = r;
                }
                r++;
            }
        }
        if (firstNewArr >= 0) {
            XlsxCells.name(book, XlsxInputNames.NEW_ARR_PER_YEAR, XlsxCells.range(sheet, firstNewArr, lastNewArr, VALUE));
        }
        XlsxCells.widths(sheet, 42, 18, 10, 44);
        return inputs;
    }

    /**
     * The cell of the business driver a section's input reads when the section does not override it (issue 17: one
     * value referenced everywhere): the NRR-gain panel's, the programme's and each channel's ACV, CAC, margin, churn,
     * expansion and "NRR now" read the unit economics' or the retention's cell, so editing that cell moves them all.
     * Empty where the input is the driver's own home or the scenario shows the driver nowhere else.
     */
    private static Optional<String> driverCell(String key, XlsxInputCells inputs) {
        Optional<String> home = Driver.readBy(key).map(Driver::figure).filter(figure -> !figure.equals(key));
        return home.filter(figure -> !inputs.allOrNone(figure).isEmpty()).map(inputs::of);
    }

    /** Billing is a word the payback curve tests ("Monthly"), so the cell offers the two words. */
    private static void billingChoice(Sheet sheet, int r, ExportLabels labels) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] choices = Arrays.stream(Billing.values()).map(b -> billingWord(b, labels)).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(r, r, VALUE, VALUE));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** The word a billing is shown as, the one the payback curve compares: "Monthly", "Annual"; "Monatlich" … */
    static String billingWord(Billing billing, ExportLabels labels) {
        return labels.texts().value(billing);
    }

    private static int textRow(Sheet sheet, int r, String label, String value, String key) {
        Row row = sheet.createRow(r);
        XlsxCells.text(row, 0, label);
        XlsxCells.text(row, VALUE, value);
        XlsxCells.text(row, 3, key);
        return r + 1;
    }

    private static int sectionRow(Sheet sheet, XlsxStyles styles, int r, String title) {
        Cell cell = sheet.createRow(r).createCell(0);
        XlsxCells.text(cell, title);
        cell.setCellStyle(styles.section());
        return r + 1;
    }
}
