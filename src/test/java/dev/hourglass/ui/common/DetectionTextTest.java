package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.json.ImportReportJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(german(found(ImportKind.LEDGER, file), Detection.Code.BYTES_REPLACED)).isEqualTo("ledger.csv,"
                + " Zeile 2: Bytes, die kein Windows-1252-Text sind, wurden ersetzt (\uFFFD); weitere Zeilen mit"
                + " ersetzten Bytes: 2.");
    }

    @Test
    void customersWithMonthsWithoutMrr() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, "customer,month,mrr\nA,2024-01,10\nA,2024-04,10\nB,2024-01,5\nB,2024-04,5\n");
        assertThat(german(found(ImportKind.LEDGER, file), Detection.Code.LEDGER_GAPS)).isEqualTo("Kunden mit Monaten"
                + " ohne MRR innerhalb ihrer Laufzeit, gelesen als gekündigt und dann reaktiviert: A (fehlende Monate:"
                + " 2, der erste 2024-02), B (fehlende Monate: 2, der erste 2024-02)");
    }

    @Test
    void lookupRowsRepeatingAKeyOrWithoutOne() throws Exception {
        Path products = dir.resolve("products.csv");
        Files.writeString(products, "product,sales_price\nGTX Pro,4821\ngtx pro,4900\n,7\n");
        ImportMapping mapping = new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(),
                "", List.of(new Lookup(products, "product", "product", Map.of("sales_price", "listPrice"), "")),
                DateFormats.none());
        Path deals = dir.resolve("deals.csv");
        Files.writeString(deals, "id,amount,product,stage,closeDate\nD1,,GTX Pro,Won,2024-01-31\n");
        List<Detection> found = DataImports.check(ImportKind.DEALS, deals, mapping).detections();
        assertThat(german(found, Detection.Code.LOOKUP_KEY_CONFLICTS)).isEqualTo("products.csv: Zeilen, die den"
                + " Schlüssel einer früheren Zeile mit anderen Werten wiederholen: 1, z. B. 'gtx pro' on lines 2 and 3"
                + " (sales_price '4821' and '4900'); verwendet wird jeweils die erste Zeile eines Schlüssels.");
        assertThat(german(found, Detection.Code.LOOKUP_ROWS_WITHOUT_KEY))
                .isEqualTo("products.csv: Zeilen ohne product, die nicht nachgeschlagen werden können: 1.");
    }

    @Test
    void leadsAheadOfTheirStepDatesAndARenameToNoField() throws Exception {
        Path file = Path.of("src/test/resources/exports/hubspot-contacts.csv");
        assertThat(german(found(ImportKind.LEADS, file), Detection.Code.LEADS_AHEAD_OF_DATES)).isEqualTo(
                "'Lifecycle Stage': Leads in einer späteren Phase, als ihre Schrittdaten sagen: 4 (z. B. 'Customer' on"
                        + " line 66); jeder zählt in seiner Phase");

        Path deals = dir.resolve("deals.csv");
        Files.writeString(deals, "id,amount,stage,closeDate,Probability (%)\nD1,10,Won,2024-01-31,50\n");
        List<Detection> found = DataImports.check(ImportKind.DEALS, deals,
                ImportMapping.ofColumns(Map.of("Probability (%)", "probability"))).detections();
        assertThat(german(found, Detection.Code.MAPPING_RENAME_NOT_A_FIELD)).startsWith("'Probability (%)' nicht"
                + " verwendet: Die Zuordnung benennt die Spalte in probability um, das kein Feld dieser Art ist (id, ");
    }

    @Test
    void accountValuesLeftEmptyAndRowsLeftOut() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "account,startDate,arr,nps\nA,2024-01-01,1000,150\nB,2024-01-01,,10\nA,2024-01-01,5,\n");
        ImportReport report = DataImports.check(ImportKind.ACCOUNTS, file, ImportMapping.defaults());
        assertThat(german(report.detections(), Detection.Code.VALUES_LEFT_EMPTY))
                .isEqualTo("Leer gelassene Werte: 1, nps liegt nicht zwischen -100 und 100 (erster: Zeile 2, Spalte"
                        + " 'nps' ('150'))");
        assertThat(report.excluded().reasons()).map(r -> RowReasonText.of(r.coded()))
                .containsExactlyInAnyOrder("arr ist leer", "doppelte ID");
        // a report kept in a workbook reads back with its codes: the same German
        List<Detection> kept = ImportReportJson.parse(ImportReportJson.toJson(report)).detections();
        assertThat(kept.stream().map(DetectionText::of).toList())
                .isEqualTo(report.detections().stream().map(DetectionText::of).toList());
    }

    @Test
    void featuresAdoptedAboveAvailableNameBothCountsInGermanAndAnOlderReportKeepsItsText() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "account,startDate,arr,featuresAdopted,featuresAvailable\nA,2024-01-01,1000,5,3\n");
        ImportReport report = DataImports.check(ImportKind.ACCOUNTS, file, ImportMapping.defaults());
        String german = german(report.detections(), Detection.Code.VALUES_LEFT_EMPTY);
        assertThat(german).isEqualTo("Leer gelassene Werte: 1, featuresAdopted ist größer als featuresAvailable: Nutzung"
                + " als 100 % gezählt (erster: Zeile 2, Spalte 'featuresAdopted' (5 von 3))");
        List<Detection> kept = ImportReportJson.parse(ImportReportJson.toJson(report)).detections();
        assertThat(DetectionText.of(kept.stream().filter(d -> d.code() == Detection.Code.VALUES_LEFT_EMPTY)
                .findFirst().orElseThrow())).isEqualTo(german);
        Detection older = new Detection(Detection.Code.VALUES_LEFT_EMPTY, List.of(1L, "featuresAdopted is above"
                + " featuresAvailable: adoption counted as 100 %", "line 2", 2L, "featuresAdopted", "5 of 3",
                "ADOPTED_ABOVE_AVAILABLE"), "1 value left empty");
        assertThat(DetectionText.of(older)).isEqualTo("Leer gelassene Werte: 1, featuresAdopted ist größer als"
                + " featuresAvailable: Nutzung als 100 % gezählt (erster: Zeile 2, Spalte 'featuresAdopted' (5 of 3))");
    }
}
