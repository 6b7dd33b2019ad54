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
    static final String NAME = "Assumptions";
    private static final int VALUE = 1;

    private AssumptionsSheet() {
    }

    static XlsxInputCells write(XSSFWorkbook book, XlsxStyles styles, Scenario scenario) {
        Sheet sheet = book.createSheet(NAME);
        XlsxCells.headerRow(sheet, styles.header(), "Input", "Value", "Unit", "Key");
        int r = 1;
        r = sectionRow(sheet, styles, r, "Scenario");
        r = textRow(sheet, r, "Name", scenario.name(), "name");
        r = textRow(sheet, r, "Currency", scenario.currency(), "currency");
        if (!scenario.description().isEmpty()) {
            r = textRow(sheet, r, "Description", scenario.description(), "description");
        }
        XlsxInputCells inputs = new XlsxInputCells();
        Map<String, ScenarioOverride> overridden = ScenarioFigures.overriddenInputs(scenario);
        int firstNewArr = -1;
        int lastNewArr = -1;
        for (Section s : ExportLabels.inputs(scenario)) {
            r = sectionRow(sheet, styles, r + 1, s.title(ExportLabels.TEXTS));
            for (Figure f : s.figures()) {
                Row row = sheet.createRow(r);
                XlsxCells.text(row, 0, f.label(ExportLabels.TEXTS));
                Cell value = row.createCell(VALUE);
                value.setCellStyle(styles.of(f.unit()));
                Optional<String> driver = overridden.containsKey(f.key()) ? Optional.empty() : driverCell(f.key(), inputs);
                if (driver.isPresent()) {
                    value.setCellFormula(driver.get());
                } else if (f.value().isPresent()) {
                    value.setCellValue(f.value().getAsDouble());
                } else {
                    XlsxCells.text(value, f.formatted(new FigureFormatter(Locale.US, scenario.currency())));
                }
                XlsxCells.text(row, 2, XlsxStyles.unitText(f.unit(), scenario.currency()));
                XlsxCells.text(row, 3, f.key());
                String cell = XlsxCells.reference(sheet, r, VALUE);
                Optional<String> name = XlsxInputNames.of(f.key());
                inputs.put(f.key(), name.isPresent() && XlsxCells.name(book, name.get(), cell) ? name.get() : cell);
                if (f.key().equals("unitEconomics.billing")) {
                    billingChoice(sheet, r);
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
    private static void billingChoice(Sheet sheet, int r) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] choices = Arrays.stream(Billing.values()).map(AssumptionsSheet::billingWord).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(r, r, VALUE, VALUE));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** The word a billing is shown as: "Monthly", "Annual". */
    static String billingWord(Billing billing) {
        String lower = billing.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
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
