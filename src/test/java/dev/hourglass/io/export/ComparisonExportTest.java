package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison read back from the files: the xlsx with Apache POI (formulas evaluated), the CSV as text. */
class ComparisonExportTest {
    @TempDir
    Path dir;

    private static ScenarioComparison comparison() {
        return ScenarioComparison.of(List.of(SeedScenarios.baseCase(),
                SeedScenarios.nrr110().withName("=HYPERLINK(\"http://evil\")")));
    }

    @Test
    void theXlsxHoldsNumbersAndDifferencesAsWorkingFormulas() throws Exception {
        Path file = dir.resolve("compare.xlsx");
        ComparisonExport.xlsx(comparison(), file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet outputs = book.getSheet("Outputs");
            assertThat(outputs.getRow(0).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            Row nrr = null;
            for (Row row : outputs) {
                if (row.getCell(0).getStringCellValue().equals("retention.nrr")) {
                    nrr = row;
                }
            }
            assertThat(nrr.getCell(1).getNumericCellValue()).isEqualTo(1.05);
            assertThat(nrr.getCell(2).getNumericCellValue()).isEqualTo(1.10);
            assertThat(nrr.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(nrr.getCell(3).getCellFormula()).isEqualTo("C" + (nrr.getRowNum() + 1) + "-B" + (nrr.getRowNum() + 1));
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(nrr.getCell(3)).getNumberValue()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(evaluator.evaluate(nrr.getCell(4)).getNumberValue())
                    .isCloseTo(0.05 / 1.05, org.assertj.core.data.Offset.offset(1e-12));
        }
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
        ScenarioComparison comparison = ScenarioComparison.of(List.of(SeedScenarios.baseCase().withName("\t=1+1"),
                SeedScenarios.nrr110().withName("\r=1+1")));
        Path csv = dir.resolve("compare.csv");
        Path xlsx = dir.resolve("compare.xlsx");

        ComparisonExport.csv(comparison, csv);
        ComparisonExport.xlsx(comparison, xlsx);

        assertThat(Files.readString(csv)).startsWith("section,figure,'\t=1+1,\"'\r=1+1\",");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Row top = book.getSheet("Outputs").getRow(0);
            assertThat(top.getCell(1).getStringCellValue()).isEqualTo("'\t=1+1");
            assertThat(top.getCell(2).getStringCellValue()).isEqualTo("'\r=1+1");
        }
        assertThat(SpreadsheetText.safe("\n=1+1")).isEqualTo("'\n=1+1");
        assertThat(SpreadsheetText.safe("-1,250")).isEqualTo("-1,250");
        assertThat(SpreadsheetText.safe("-12.5 %")).isEqualTo("-12.5 %");
        assertThat(SpreadsheetText.safe("-1E5")).isEqualTo("-1E5");
    }
}
