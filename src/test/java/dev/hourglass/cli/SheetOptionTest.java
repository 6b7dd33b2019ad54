package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetOptionTest {
    @TempDir
    Path dir;

    /** A workbook whose first sheet is a cover page and whose second holds the ledger. */
    private Path ledgerWorkbook() throws Exception {
        Path file = dir.resolve("billing.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Billing export");
            Sheet ledger = workbook.createSheet("Ledger");
            Object[][] cells = {{"Customer", "Month", "MRR"}, {"Acme", "2020-01", 100.0}, {"Beta", "2020-01", 250.5},
                    {"Acme", "2020-02", 120.0}};
            for (int r = 0; r < cells.length; r++) {
                Row row = ledger.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) cells[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void cohortsReadTheSheetNamedBySheet() throws Exception {
        CliRunner run = CliRunner.run("cohorts", ledgerWorkbook().toString(), "--sheet", "Ledger", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/months/0/month").asText()).isEqualTo("2020-01");
        assertThat(report.at("/months/0/mrr").asDouble()).isEqualTo(350.5);
    }

    @Test
    void theSheetOptionOverridesTheMappingsSheet() throws Exception {
        Path workbook = ledgerWorkbook();
        Path mapping = dir.resolve("map.json");
        Files.writeString(mapping, "{ \"sheet\": \"Cover\" }");
        CliRunner run = CliRunner.run("cohorts", workbook.toString(), "--mapping", mapping.toString(),
                "--sheet", "ledger", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).at("/months/1/mrr").asDouble()).isEqualTo(120);
    }

    @Test
    void aMissingSheetIsBadInputThatListsTheSheets() throws Exception {
        CliRunner run = CliRunner.run("import-data", dir.resolve("w.hourglass").toString(),
                ledgerWorkbook().toString(), "--kind", "ledger", "--sheet", "Invoices");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("billing.xlsx: no sheet named 'Invoices' (the sheets are: 'Cover', 'Ledger')");
    }
}
