package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportReport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings the readers make of real files, written in German; in English they stay the CLI's sentences. */
class DetectionTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    private static List<Detection> found(ImportKind kind, Path file) throws Exception {
        ImportReport report = DataImports.check(kind, file, ExportRecognition.reading(file, null, null).mapping());
        return report.detections();
    }

    private static String german(List<Detection> detections, Detection.Code code) {
        Detection detection = detections.stream().filter(d -> d.code() == code).findFirst().orElseThrow();
        UiText.use(Locale.ENGLISH);
        assertThat(DetectionText.of(detection)).isEqualTo(detection.english());
        UiText.use(Locale.GERMAN);
        return DetectionText.of(detection);
    }

    @Test
    void repeatedDealNamesOfAnExportWithoutIds() throws Exception {
        List<Detection> found = found(ImportKind.DEALS, Path.of("src/test/resources/exports/pipedrive-deals-text.xlsx"));
        assertThat(german(found, Detection.Code.DEAL_NAMES_REPEATED)).startsWith("'Deal - Title' liefert die Deal-IDs,"
                + " da die Datei keine ID-Spalte hat. Deals mit dem Namen eines früheren Deals: 22; an sie wird die"
                + " Zeilennummer angefügt, um sie zu unterscheiden (z. B. '");
    }

    @Test
    void amountsNotInCentsAfterAll() throws Exception {
        Path file = dir.resolve("sigma.csv");
        Files.writeString(file, "id,customer_id,status,start_date,ended_at,quantity,plan_amount,plan_interval,"
                + "plan_currency\nsub_1,cus_1,active,2024-01-02,,1,49.50,month,usd\n"
                + "sub_2,cus_2,active,2024-01-03,,2,99.00,month,usd\n"
                + "sub_3,cus_3,canceled,2024-01-03,2024-06-30,1,10.00,month,usd\n");
        assertThat(german(found(ImportKind.SUBSCRIPTIONS, file), Detection.Code.NOT_CENTS_AFTER_ALL)).isEqualTo(
                "Beträge doch nicht in Cent (so schreibt sie der erkannte Export): plan_amount (49.50) hat Werte mit"
                        + " Nachkommastellen und wird daher in Einheiten gelesen");
    }

    @Test
    void formulaCellsWithoutASavedValue() throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Ledger");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("customer");
            header.createCell(1).setCellValue("month");
            header.createCell(2).setCellValue("mrr");
            header.createCell(3).setCellValue("total");
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("C" + r);
                row.createCell(1).setCellValue("2024-0" + r);
                row.createCell(2).setCellValue(10 * r);
                row.createCell(3).setCellFormula("C" + (r + 1) + "*12");
            }
            book.write(out);
        }
        assertThat(german(found(ImportKind.LEDGER, file), Detection.Code.FORMULAS_WITHOUT_VALUE)).isEqualTo(
                "book.xlsx: Formelzellen ohne gespeicherten Wert (die Datei wurde zuletzt nicht von Excel gespeichert):"
                        + " 2; sie wurden leer gelesen. Öffnen und speichern Sie die Datei in Excel, um ihre Werte zu"
                        + " behalten.");
    }

    @Test
    void bytesReplacedOnSeveralLines() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.write(file, ("customer,month,mrr\nA\u0081B,2024-01,10\nC\u0081D,2024-01,5\nE\u0081F,2024-01,5\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(german(found(ImportKind.LEDGER, file), Detection.Code.BYTES_REPLACED)).isEqualTo("ledger.csv,"
                + " Zeile 2: Bytes, die kein Windows-1252-Text sind, wurden ersetzt (\uFFFD); weitere Zeilen mit"
                + " ersetzten Bytes: 2.");
    }
}
