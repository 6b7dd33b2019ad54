package dev.hourglass.io.csv;

import static dev.hourglass.io.csv.WorkbookTestFiles.format;
import static dev.hourglass.io.csv.WorkbookTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel 97–2003 workbooks (.xls, BIFF8 as POI writes it) read as an xlsx sheet is, and markup refused in words. */
class XlsFileTest {
    @TempDir
    Path dir;

    private Path save(String name, HSSFWorkbook workbook) throws IOException {
        return WorkbookTestFiles.save(dir, name, workbook);
    }

    @Test
    void cellsReadByTheirTypeAsAnXlsxSheetsAre() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("Ledger");
        String[] names = {"customer", "typed", "serial", "at", "amount", "double", "paid", "note"};
        Row header = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue("Acme");
        first.createCell(1).setCellValue(LocalDate.of(2017, 3, 1));
        first.getCell(1).setCellStyle(format(workbook, "yyyy-mm-dd"));
        first.createCell(2).setCellValue(42795); // 2017-03-01 as Excel counts days
        first.getCell(2).setCellStyle(format(workbook, "d/m/yyyy"));
        first.createCell(3).setCellValue(LocalDateTime.of(2017, 3, 1, 10, 0));
        first.getCell(3).setCellStyle(format(workbook, "m/d/yy h:mm"));
        first.createCell(4).setCellValue(1200.5);
        first.getCell(4).setCellStyle(format(workbook, "#,##0.00"));
        first.createCell(5).setCellFormula("E2*2");
        first.createCell(6).setCellValue(true);
        first.createCell(7).setCellFormula("A2&\" Inc.\"");
        sheet.createRow(2).createCell(0).setCellValue("  ");
        Row third = sheet.createRow(3);
        third.createCell(0).setCellValue("Beta");
        third.createCell(4).setCellValue(1234567.125);
        third.createCell(5).setCellValue(0.1 + 0.2);
        try (CsvFile csv = CsvFile.open(save("ledger.xls", workbook), List.of("customer", "amount"),
                ImportMapping.defaults())) {
            assertThat(csv.header()).containsExactly(names);
            assertThat(rows(csv)).containsExactly(
                    "2:Acme|2017-03-01|2017-03-01|2017-03-01T10:00|1200.5|2401|true|Acme Inc.",
                    "4:Beta||||1234567.125|0.30000000000000004||");
            assertThat(Detection.english(csv.detections())).containsExactly("ledger.xls: read its only sheet, 'Ledger'.");
        }
    }

    @Test
    void aSheetChosenByNameAndAMissingSheetListsTheSheets() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("nothing here");
        Sheet data = workbook.createSheet("Opportunities");
        data.createRow(2).createCell(0).setCellValue("id");
        data.createRow(5).createCell(0).setCellValue("D7");
        Path file = save("crm.xls", workbook);
        try (CsvFile csv = CsvFile.open(file, List.of("id"), ImportMapping.defaults().withSheet("opportunities"))) {
            assertThat(rows(csv)).containsExactly("6:D7");
            assertThat(Detection.english(csv.detections()))
                    .containsExactly("crm.xls: read sheet 'Opportunities' (the workbook has 2: 'Summary', 'Opportunities').");
        }
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults().withSheet("Deals")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("crm.xls: no sheet named 'Deals' (the sheets are: 'Summary', 'Opportunities')");
    }

    @Test
    void aPasswordProtectedXlsSaysWhatToDo() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("Deals").createRow(0).createCell(0).setCellValue("id");
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try {
            file = save("secret.xls", workbook);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("secret.xls: the workbook is password-protected; remove the password in Excel (File > Info >"
                        + " Protect Workbook) or save it as CSV");
    }

    @Test
    void aWebPageSavedAsXlsSaysWhatToDo() throws Exception {
        Path file = dir.resolve("report.xls");
        Files.writeString(file, "\n<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head><meta name=ProgId"
                + " content=Excel.Sheet></head><body><table><tr><td>Opportunity ID</td><td>Amount</td></tr></table>"
                + "</body></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("report.xls: a web page (HTML) with a table file's name, as some tools write their Excel"
                        + " export; open it in Excel and save it as .xlsx or CSV")
                .extracting(e -> ((BadInputException) e).problem().map(FileProblem::code).orElseThrow())
                .isEqualTo(FileProblem.Code.WEB_PAGE);
    }

    @Test
    void anExcel2003XmlSpreadsheetSaysWhatToDo() throws Exception {
        Path file = dir.resolve("deals.xml");
        Files.writeString(file, "\uFEFF<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Deals\">"
                + "</Worksheet></Workbook>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("deals.xml: an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx or CSV");
    }

    @Test
    void aCsvWhoseFirstColumnIsNamedInAngleBracketsIsStillCsv() throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "<id>,amount\nD1,10\n", StandardCharsets.UTF_8);
        try (CsvFile csv = CsvFile.open(file, List.of("id"), ImportMapping.defaults())) {
            assertThat(csv.header()).containsExactly("<id>", "amount");
        }
    }
}
