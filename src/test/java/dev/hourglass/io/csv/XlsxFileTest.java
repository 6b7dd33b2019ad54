package dev.hourglass.io.csv;

import static dev.hourglass.io.csv.WorkbookTestFiles.format;
import static dev.hourglass.io.csv.WorkbookTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFileTest {
    @TempDir
    Path dir;

    private Path save(String name, XSSFWorkbook workbook) throws IOException {
        return WorkbookTestFiles.save(dir, name, workbook);
    }

    @Test
    void cellsReadByTheirTypeAsACsvExportWouldHoldThem() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Ledger");
        CellStyle isoDate = format(workbook, "yyyy-mm-dd");
        CellStyle dayFirst = format(workbook, "d/m/yyyy");
        CellStyle dateTime = format(workbook, "m/d/yy h:mm");
        CellStyle grouped = format(workbook, "#,##0.00");
        Row header = sheet.createRow(0);
        String[] names = {"customer", "typed", "serial", "at", "amount", "double", "paid", "note"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue("Acme");
        first.createCell(1).setCellValue(LocalDate.of(2017, 3, 1));
        first.getCell(1).setCellStyle(isoDate);
        first.createCell(2).setCellValue(42795); // 2017-03-01 as Excel counts days
        first.getCell(2).setCellStyle(dayFirst);
        first.createCell(3).setCellValue(LocalDateTime.of(2017, 3, 1, 10, 0));
        first.getCell(3).setCellStyle(dateTime);
        first.createCell(4).setCellValue(1200.5);
        first.getCell(4).setCellStyle(grouped);
        first.createCell(5).setCellFormula("E2*2");
        first.createCell(6).setCellValue(true);
        first.createCell(7).setCellFormula("A2&\" Inc.\"");
        // row 3 is left out (blank), row 4 has blank cells in the middle and none at the end
        sheet.createRow(2).createCell(0).setCellValue("  ");
        Row third = sheet.createRow(3);
        third.createCell(0).setCellValue("Beta");
        third.createCell(4).setCellValue(1234567.125);
        third.createCell(5).setCellValue(0.1 + 0.2);
        try (CsvFile csv = CsvFile.open(save("ledger.xlsx", workbook), List.of("customer", "amount"),
                ImportMapping.defaults())) {
            assertThat(csv.header()).containsExactly(names);
            assertThat(csv.column("amount")).isEqualTo(4);
            assertThat(rows(csv)).containsExactly(
                    "2:Acme|2017-03-01|2017-03-01|2017-03-01T10:00|1200.5|2401|true|Acme Inc.",
                    "4:Beta||||1234567.125|0.30000000000000004||");
            assertThat(Detection.english(csv.detections())).containsExactly("ledger.xlsx: read its only sheet, 'Ledger'.");
        }
    }

    @Test
    void theHeaderIsTheFirstNonBlankRowAndLinesAreTheSheetsRowNumbers() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Report");
        sheet.createRow(2).createCell(0).setCellValue("customer");
        sheet.getRow(2).createCell(1).setCellValue("mrr");
        sheet.createRow(6).createCell(0).setCellValue("Acme");
        sheet.getRow(6).createCell(1).setCellValue(10);
        try (CsvFile csv = CsvFile.open(save("report.xlsx", workbook), List.of("customer", "mrr"),
                ImportMapping.defaults())) {
            assertThat(csv.header()).containsExactly("customer", "mrr");
            assertThat(rows(csv)).containsExactly("7:Acme|10");
        }
    }

    @Test
    void aSheetChosenByNameAndAMissingSheetListsTheSheets() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("nothing here");
        Sheet data = workbook.createSheet("Opportunities");
        data.createRow(0).createCell(0).setCellValue("id");
        data.createRow(1).createCell(0).setCellValue("D7");
        Path file = save("crm.xlsx", workbook);
        try (CsvFile csv = CsvFile.open(file, List.of("id"), ImportMapping.defaults().withSheet("opportunities"))) {
            assertThat(rows(csv)).containsExactly("2:D7");
            assertThat(Detection.english(csv.detections()))
                    .containsExactly("crm.xlsx: read sheet 'Opportunities' (the workbook has 2: 'Summary', 'Opportunities').");
        }
        try (CsvFile csv = CsvFile.open(file, List.of("id"), ImportMapping.defaults())) {
            assertThat(csv.header()).containsExactly("nothing here");
        }
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults().withSheet("Deals")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("crm.xlsx: no sheet named 'Deals' (the sheets are: 'Summary', 'Opportunities')");
    }

    @Test
    void aDealsWorkbookIsReadByTheDealsReaderEndToEnd() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Deals");
        CellStyle date = format(workbook, "dd.mm.yyyy");
        String[] header = {"Deal ID", "Amount", "Stage", "Close Date", "Outcome", "Segment"};
        Row top = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            top.createCell(i).setCellValue(header[i]);
        }
        Object[][] deals = {
                {"D1", 12500.5, "Short list", LocalDate.of(2017, 2, 3), "LOST_COMPETITION", "SMB"},
                {"D2", 800.0, "Redlining", LocalDate.of(2017, 3, 31), "WON", null},
                {"D3", "n/a", "Redlining", LocalDate.of(2017, 3, 31), "WON", "ENT"}};
        for (int r = 0; r < deals.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < header.length; c++) {
                Object value = deals[r][c];
                if (value instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else if (value instanceof Double number) {
                    row.createCell(c).setCellValue(number);
                } else if (value instanceof LocalDate day) {
                    row.createCell(c).setCellValue(day);
                    row.getCell(c).setCellStyle(date);
                }
            }
        }
        ImportMapping mapping = ImportMapping.ofColumns(Map.of("Deal ID", "id"));
        DealsCsvReader.Result result = DealsCsvReader.read(save("deals.xlsx", workbook), mapping);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.deals()).containsExactly(
                new Deal("D1", 12500.5, "Short list", LocalDate.of(2017, 2, 3), Outcome.LOST_COMPETITION, "SMB", "",
                        "", "", "", null, null, null),
                new Deal("D2", 800, "Redlining", LocalDate.of(2017, 3, 31), Outcome.WON, "", "", "", "", "", null,
                        null, null));
        assertThat(result.problems().reasons().get(0).examples())
                .containsExactly("deals.xlsx, line 4, column 'Amount': amount is not a number ('n/a')");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Deals").createRow(0).createCell(0).setCellValue("id");
        Path plain = save("plain.xlsx", workbook);
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> CsvFile.open(file, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("secret.xlsx: the workbook is password-protected; remove the password in Excel "
                        + "(File > Info > Protect Workbook) or save it as CSV");
    }

    @Test
    void aCorruptWorkbookIsOneClearSentence() throws Exception {
        Path notZip = dir.resolve("short.xlsx");
        Files.writeString(notZip, "id,amount\n");
        assertThatThrownBy(() -> CsvFile.open(notZip, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("short.xlsx: not a readable xlsx workbook (it is not a zip archive");
        Path brokenZip = dir.resolve("broken.xlsx");
        Files.write(brokenZip, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> CsvFile.open(brokenZip, List.of("id"), ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("broken.xlsx: not a readable xlsx workbook (");
    }

    @Test
    void aSheetThatExpandsLikeAZipBombIsRefused() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Deals").createRow(0).createCell(0).setCellValue("id");
        Path plain = save("plain.xlsx", workbook);
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    content = (xml.substring(0, at) + " ".repeat(50_000_000) + xml.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(bomb, List.of("id"), ImportMapping.defaults())) {
                csv.forEachRow(row -> { });
            }
        }).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bomb.xlsx")
                .hasMessageEndingWith(": refused: a part of it expands far beyond what a spreadsheet holds"
                        + " (a possible zip bomb)");
    }

    @Test
    void cellReferencesGiveZeroBasedColumns() {
        assertThat(XlsxRows.columnOf("A1")).isZero();
        assertThat(XlsxRows.columnOf("Z9")).isEqualTo(25);
        assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
    }

    @Test
    void numbersArePlainWithEveryDigitKept() {
        assertThat(XlsxCellText.plainNumber(1200.5)).isEqualTo("1200.5");
        assertThat(XlsxCellText.plainNumber(1e20)).isEqualTo("100000000000000000000");
        assertThat(XlsxCellText.plainNumber(-0.0)).isEqualTo("0");
        assertThat(XlsxCellText.plainNumber(0.000015)).isEqualTo("0.000015");
    }
}
