package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.scenario.SeedScenarios;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overrides of business drivers marked as such in Compare, the scenario xlsx and the workshop report. */
class OverrideMarksTest {
    @TempDir
    Path dir;

    @Test
    void theScenarioXlsxCommentsAndFillsEveryOverrideCellAndNoOther() throws Exception {
        Path file = dir.resolve("base.xlsx");
        ScenarioXlsxExport.write(SeedScenarios.baseCase(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Map<String, Cell> values = new HashMap<>();
            Sheet sheet = book.getSheet("Assumptions");
            for (Row row : sheet) {
                if (row.getCell(3) != null && row.getCell(1) != null) {
                    values.put(row.getCell(3).getStringCellValue(), row.getCell(1));
                }
            }
            Cell programmeAcv = values.get("retentionProgram.acv");
            assertThat(programmeAcv.getCellComment().getString().getString())
                    .isEqualTo("Overrides the scenario's ACV of 24,000 USD");
            assertThat(programmeAcv.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(values.get("retention.nrrImprovement.nrrA").getCellComment().getString().getString())
                    .isEqualTo("Overrides the scenario's NRR of 105 %");
            assertThat(values.get("channels[Paid search].annualLogoChurn").getCellComment().getString().getString())
                    .isEqualTo("Overrides the scenario's annual logo churn of 18 %");
            assertThat(values.get("unitEconomics.acv").getCellComment()).isNull();
            assertThat(values.get("retentionProgram.grossMargin").getCellComment()).isNull();
            long commented = values.values().stream().filter(c -> c.getCellComment() != null).count();
            assertThat(commented).isEqualTo(SeedScenarios.baseCase().overrides().size()).isEqualTo(7);
        }
    }

    @Test
    void theWorkshopReportSaysWhichInputsAreOverrides() throws Exception {
        Path file = dir.resolve("report.pdf");
        WorkshopReport.write(List.of(SeedScenarios.baseCase()), file, WorkshopReport.Options.of(Locale.US)
                .withWorkbookName("Plan.hourglass").withDate(LocalDate.of(2026, 12, 2)));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // the scenario's value in the input's own format, as the report writes every figure
            assertThat(text).contains("ACV (override; the scenario's value: $24,000)")
                    .contains("NRR gain: NRR now (override; the scenario's value: 105%)")
                    .doesNotContain("Gross margin (override");
        }
    }

    @Test
    void compareKnowsWhichScenarioOverridesWhichInput() {
        ScenarioComparison c = ScenarioComparison.of(List.of(SeedScenarios.baseCase(),
                SeedScenarios.retentionProgramme()));
        assertThat(c.overridden(0, "retentionProgram.churnNow")).isFalse();
        assertThat(c.overridden(1, "retentionProgram.churnNow")).isTrue();
        assertThat(c.overridden(0, "retentionProgram.acv")).isTrue();
        assertThat(c.overridden(0, "unitEconomics.acv")).isFalse();
        assertThat(c.overridden(1, "channels[Campaign A (cheaper leads)].annualLogoChurn")).isTrue();
    }
}
