package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison read back from the files: the xlsx with Apache POI, the CSV as text. */
class ComparisonExportTest {
    @TempDir
    Path dir;

    private static List<Scenario> scenarios() {
        return List.of(SeedScenarios.baseCase(), SeedScenarios.nrr110().withName("=HYPERLINK(\"http://evil\")"));
    }

    private static ScenarioComparison comparison() {
        return ScenarioComparison.of(scenarios());
    }

    @Test
    void theXlsxNamesFiguresByLabelAndUnitAndStoresTheDifferencesAsValues() throws Exception {
        Path file = dir.resolve("compare.xlsx");
        ComparisonExport.xlsx(scenarios(), file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet outputs = book.getSheet("Outputs");
            Row top = outputs.getRow(0);
            assertThat(List.of(top.getCell(0).getStringCellValue(), top.getCell(1).getStringCellValue(),
                    top.getCell(2).getStringCellValue(), top.getCell(3).getStringCellValue()))
                    .containsExactly("Section", "Figure", "Unit", "Seed base case");
            assertThat(top.getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            Row nrr = row(outputs, "Retention & NRR", "NRR");
            assertThat(nrr.getCell(2).getStringCellValue()).isEqualTo("%");
            assertThat(nrr.getCell(3).getNumericCellValue()).isEqualTo(1.05);
            assertThat(nrr.getCell(4).getNumericCellValue()).isEqualTo(1.10);
            assertThat(nrr.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(nrr.getCell(5).getNumericCellValue()).as("Δ in points").isCloseTo(5, within(1e-9));
            assertThat(nrr.getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");
            assertThat(nrr.getCell(6).getNumericCellValue()).isCloseTo(0.05 / 1.05, within(1e-12));
            assertThat(nrr.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row arrGained = row(outputs, "Retention & NRR", "NRR gain: ARR gained");
            assertThat(arrGained.getCell(2).getStringCellValue()).isEqualTo("USD");
            assertThat(arrGained.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"USD\"");
            Row ltvToCac = row(outputs, "Unit economics", "LTV:CAC");
            assertThat(ltvToCac.getCell(2).getStringCellValue()).isEqualTo("×");
            Row cac = row(book.getSheet("Inputs"), "Unit economics", "CAC");
            assertThat(cac.getCell(3).getNumericCellValue()).isEqualTo(18_000);
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    assertThat(row.getCell(1).getStringCellValue()).as("a label, not a key")
                            .doesNotMatch("[a-zA-Z]+\\.[a-zA-Z].*");
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void theXlsxFillsAndCommentsEachScenariosOverridesAsTheScenarioXlsxDoes() throws Exception {
        Path file = dir.resolve("compare.xlsx");
        List<Scenario> scenarios = List.of(SeedScenarios.baseCase(), SeedScenarios.retentionProgramme());
        ComparisonExport.xlsx(scenarios, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet inputs = book.getSheet("Inputs");
            Cell baseProgrammeAcv = row(inputs, "Retention programme", "ACV").getCell(3);
            assertThat(baseProgrammeAcv.getCellComment().getString().getString())
                    .isEqualTo("Overrides the scenario's ACV of 24,000 USD");
            assertThat(baseProgrammeAcv.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(baseProgrammeAcv.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"USD\"");
            Row churnNow = row(inputs, "Retention programme", "Churn now");
            assertThat(churnNow.getCell(3).getCellComment()).as("the base reads the scenario's churn").isNull();
            assertThat(churnNow.getCell(4).getCellComment().getString().getString())
                    .startsWith("Overrides the scenario's annual logo churn of");
            assertThat(row(inputs, "Unit economics", "ACV").getCell(3).getCellComment()).isNull();
            long marked = 0;
            for (Row row : inputs) {
                for (Cell cell : row) {
                    marked += cell.getCellComment() == null ? 0 : 1;
                }
            }
            assertThat(marked).isEqualTo(scenarios.get(0).overrides().size() + scenarios.get(1).overrides().size());
            assertThat(inputs.getRow(inputs.getLastRowNum()).getCell(1).getStringCellValue())
                    .isEqualTo("A filled, commented value is a section's override of a business driver:"
                            + " the section's own value instead of the scenario's.");
            for (Row row : book.getSheet("Outputs")) {
                for (Cell cell : row) {
                    assertThat(cell.getCellComment()).isNull();
                }
            }
        }
    }

    @Test
    void aGermanXlsxHasGermanSheetsTitlesLabelsAndComments() throws Exception {
        Path file = dir.resolve("vergleich.xlsx");
        ComparisonExport.xlsx(scenarios(), file, Locale.GERMAN);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(List.of(book.getSheetAt(0).getSheetName(), book.getSheetAt(1).getSheetName()))
                    .containsExactly("Eingaben", "Ergebnisse");
            Row top = book.getSheet("Ergebnisse").getRow(0);
            assertThat(List.of(top.getCell(0).getStringCellValue(), top.getCell(1).getStringCellValue(),
                    top.getCell(2).getStringCellValue())).containsExactly("Abschnitt", "Kennzahl", "Einheit");
            FigureTexts german = FigureTexts.of(Locale.GERMAN);
            Row acv = row(book.getSheet("Eingaben"), german.section(FigureCatalogue.of("unitEconomics.acv").section()),
                    german.label("unitEconomics.acv"));
            assertThat(acv.getCell(3).getNumericCellValue()).isEqualTo(24_000);
            Sheet inputs = book.getSheet("Eingaben");
            assertThat(inputs.getRow(inputs.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Hinweis");
            Row programmeAcv = row(inputs, german.section(FigureCatalogue.of("retentionProgram.acv").section()),
                    german.label("retentionProgram.acv"));
            assertThat(programmeAcv.getCell(3).getCellComment().getString().getString())
                    .startsWith("Ersetzt den Wert des Szenarios für ");
        }
    }

    private static Row row(Sheet sheet, String section, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(section) && row.getCell(1).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + section + " · " + label);
    }

    @Test
    void theCsvNamesTheScenariosWhoseValueIsASectionsOverride() throws Exception {
        Path file = dir.resolve("compare.csv");
        List<Scenario> scenarios = List.of(SeedScenarios.baseCase(), SeedScenarios.retentionProgramme());
        ComparisonExport.csv(ScenarioComparison.of(scenarios), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).endsWith(",overridden in");
        assertThat(lines).filteredOn(l -> l.startsWith("input,retentionProgram.acv,"))
                .singleElement().asString()
                .endsWith("," + scenarios.get(0).name() + " (Retention programme); " + scenarios.get(1).name()
                        + " (Retention programme)");
        assertThat(lines).filteredOn(l -> l.startsWith("input,unitEconomics.acv,")).singleElement().asString().endsWith(",");
        assertThat(lines).filteredOn(l -> l.startsWith("output,")).allMatch(l -> l.endsWith(","));
    }

    @Test
    void theCsvEscapesTextThatASpreadsheetWouldRun() throws Exception {
        Path file = dir.resolve("compare.csv");
        ComparisonExport.csv(comparison(), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).contains("'=HYPERLINK");
        assertThat(lines).anyMatch(l -> l.startsWith("output,retention.nrr,1.05,1.1,"));
        assertThat(SpreadsheetText.safe("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("Plan")).isEqualTo("Plan");
    }

    @Test
    void namesStartingWithATabOrACarriageReturnAreEscapedInTheCsvAndTheXlsx() throws Exception {
        List<Scenario> scenarios = List.of(SeedScenarios.baseCase().withName("\t=1+1"),
                SeedScenarios.nrr110().withName("\r=1+1"));
        ScenarioComparison comparison = ScenarioComparison.of(scenarios);
        Path csv = dir.resolve("compare.csv");
        Path xlsx = dir.resolve("compare.xlsx");

        ComparisonExport.csv(comparison, csv);
        ComparisonExport.xlsx(scenarios, xlsx);

        assertThat(Files.readString(csv)).startsWith("section,figure,'\t=1+1,\"'\r=1+1\",");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Row top = book.getSheet("Outputs").getRow(0);
            assertThat(top.getCell(3).getStringCellValue()).isEqualTo("'\t=1+1");
            assertThat(top.getCell(4).getStringCellValue()).isEqualTo("'\r=1+1");
        }
        assertThat(SpreadsheetText.safe("\n=1+1")).isEqualTo("'\n=1+1");
        assertThat(SpreadsheetText.safe("-1,250")).isEqualTo("-1,250");
        assertThat(SpreadsheetText.safe("-12.5 %")).isEqualTo("-12.5 %");
        assertThat(SpreadsheetText.safe("-1E5")).isEqualTo("-1E5");
    }
}
