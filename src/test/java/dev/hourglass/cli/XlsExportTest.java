package dev.hourglass.cli;

import static dev.hourglass.cli.ExportFigures.analysis;
import static dev.hourglass.cli.ExportFigures.assertAmountCount;
import static dev.hourglass.cli.ExportFigures.assertWonLostOpen;
import static dev.hourglass.cli.ExportFigures.imported;
import static dev.hourglass.cli.ExportFigures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A HubSpot deals export in its XLS format (Excel 97–2003, one of the formats HubSpot's export offers), analysed as it
 * comes and imported, like the CSV and xlsx exports of ExportsAsTheyComeTest.
 */
class XlsExportTest {
    private static final String[] HEADER = {"Record ID", "Deal Name", "Pipeline", "Deal Stage", "Close Date",
        "Deal owner", "Amount", "Create Date"};

    @TempDir
    Path dir;

    @Test
    void aHubspotDealsExportInXlsFormat() throws Exception {
        Path file = hubspotXls();
        String[] period = {"--from", "2024-01-01", "--to", "2024-03-31", "--target", "50000", "--json"};
        JsonNode fromFile = analysis("pipeline", file, period);
        // Close Date in Q1 2024: 101 and 102 'Closed Won', 12,000 + 8,000.50; 103 'Closed Lost', 5,000; 104 open at
        // 'Contract Sent', 20,000; 105 open without a Close Date, 7,000; 106 won in April, outside the period
        assertWonLostOpen(fromFile, 20_000.5, 2, 5_000, 1, 20_000, 1);
        assertAmountCount(fromFile.get("openWithoutCloseDate"), 7_000, 1);
        assertThat(fromFile.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(fromFile.get("excluded").get("count").asLong()).isZero();
        assertThat(texts(fromFile.get("detections"))).first().isEqualTo("Recognised as a HubSpot deals export");

        Path workbook = imported(dir, file, "Imported 6 deals", "Recognised as a HubSpot deals export");
        assertThat(analysis("pipeline", workbook, period)).isEqualTo(fromFile);
    }

    private Path hubspotXls() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("All deals");
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
        CellStyle dollars = workbook.createCellStyle();
        dollars.setDataFormat(workbook.createDataFormat().getFormat("\"$\"#,##0.00"));
        Row top = sheet.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            top.createCell(i).setCellValue(HEADER[i]);
        }
        Object[][] deals = {
            {101.0, "Acme renewal", "Sales Pipeline", "Closed Won", LocalDateTime.of(2024, 1, 15, 16, 30), "Maya Okafor",
                12_000.0, LocalDateTime.of(2023, 11, 2, 9, 5)},
            {102.0, "Beta expansion", "Sales Pipeline", "Closed Won", LocalDateTime.of(2024, 2, 20, 10, 0), "Li Wei",
                8_000.5, LocalDateTime.of(2023, 12, 1, 14, 0)},
            {103.0, "Gamma new", "Sales Pipeline", "Closed Lost", LocalDateTime.of(2024, 3, 5, 11, 0), "Maya Okafor",
                5_000.0, LocalDateTime.of(2024, 1, 8, 8, 30)},
            {104.0, "Delta new", "Sales Pipeline", "Contract Sent", LocalDateTime.of(2024, 3, 28, 0, 0), "Li Wei",
                20_000.0, LocalDateTime.of(2024, 2, 2, 13, 15)},
            {105.0, "Epsilon pilot", "Sales Pipeline", "Appointment Scheduled", null, "Li Wei", 7_000.0,
                LocalDateTime.of(2024, 3, 1, 10, 45)},
            {106.0, "Zeta upsell", "Sales Pipeline", "Closed Won", LocalDateTime.of(2024, 4, 2, 9, 0), "Maya Okafor",
                3_000.0, LocalDateTime.of(2024, 2, 20, 9, 0)}};
        for (int r = 0; r < deals.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < HEADER.length; c++) {
                Object value = deals[r][c];
                if (value instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else if (value instanceof Double number) {
                    row.createCell(c).setCellValue(number);
                    row.getCell(c).setCellStyle(c == 6 ? dollars : row.getCell(c).getCellStyle());
                } else if (value instanceof LocalDateTime at) {
                    row.createCell(c).setCellValue(at);
                    row.getCell(c).setCellStyle(dateTime);
                }
            }
        }
        Path file = dir.resolve("hubspot-crm-exports-all-deals-2024-04-05.xls");
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }
}
