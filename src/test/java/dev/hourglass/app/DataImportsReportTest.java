package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.AccountsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.LeadsCsvReader;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.SubscriptionsCsvReader;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.store.Workbook;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind's import report says how its file was read, as the reader saw it, and keeps it with the dataset. */
class DataImportsReportTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void ledgerReportCarriesTheReadersDetections() throws Exception {
        Path file = write("ledger.csv", "customer;month;mrr\nCafé Müller;2024-01;100\nCafé Müller;2024-02;120\n");
        LedgerCsvReader.Result read = LedgerCsvReader.read(file, ImportMapping.defaults());
        assertThat(Detection.english(read.detections())).anyMatch(d -> d.contains("Windows-1252"));
        try (Workbook workbook = workbook()) {
            ImportReport kept = DataImports.reportOf(DataImports.ledger(workbook, file, ImportMapping.defaults())
                    .dataset());
            assertThat(kept.detections()).isEqualTo(read.detections());
        }
    }

    @Test
    void subscriptionsReportSaysHowManyBecameHowManyCustomerMonths() throws Exception {
        Path file = write("subs.csv", "customer,start,end,mrr\nCafé,2024-01-15,2024-04-10,100\nBar,2024-02-01,,50\n");
        try (Workbook workbook = workbook()) {
            DataImports.ImportedSubscriptions imported = DataImports.subscriptions(workbook, file,
                    ImportMapping.defaults(), LocalDate.of(2024, 5, 31));
            List<Detection> detections = DataImports.reportOf(imported.imported().dataset()).detections();
            assertThat(Detection.english(detections)).anyMatch(d -> d.contains("Windows-1252"));
            // Café: Jan, Feb, Mar (not Apr: it ended before its last day); Bar: Feb to May → 3 + 4
            assertThat(Detection.english(detections)).contains("2 subscriptions became 7 customer-months up to 2024-05 (the last complete "
                    + "month on 2024-05-31): a subscription counts in every month at whose last day it is active (start, "
                    + "or the end of its trial, on or before it; no end or an end after it); trials count 0.");
            SubscriptionsCsvReader.Result read = SubscriptionsCsvReader.read(file, ImportMapping.defaults());
            assertThat(detections).containsAll(read.detections());
        }
    }

    @Test
    void aStoredLedgerKeepsTheCreditedSumsAndCountsEveryRowReadAsImportedOrLeftOut() throws Exception {
        Path file = write("ledger.csv", "customer,month,mrr\nA,2024-01,100\nA,2024-01,-30\nB,2024-01,20\n"
                + "B,2024-01,-50\nZ,2024-01,0\nA,2024-02,100\n");
        try (Workbook workbook = workbook()) {
            DataImports.Imported imported = DataImports.ledger(workbook, file, ImportMapping.defaults());
            ImportReport kept = DataImports.reportOf(imported.dataset());
            assertThat(kept.rowsRead()).isEqualTo(6);
            assertThat(kept.imported()).isEqualTo(4);
            assertThat(kept.excluded().total()).isEqualTo(2);
            Ledger stored = workbook.readLedger(imported.dataset().id());
            assertThat(stored.customerCount()).as("B's only month is negative, Z's rows are 0").isEqualTo(1);
            assertThat(stored.mrr(0, YearMonth.of(2024, 1))).isEqualTo(70);
            assertThat(stored.mrr(0, YearMonth.of(2024, 2))).isEqualTo(100);
        }
    }

    @Test
    void subscriptionsReportNamesAMonthTheCreditsTookBelowZeroWithItsLines() throws Exception {
        Path file = write("subs.csv", "customer,start,end,mrr\nA,2024-01-01,,100\nB,2024-01-01,,40\n"
                + "A,2024-02-01,2024-03-01,-30\nB,2024-03-01,,-50\n");
        SubscriptionsCsvReader.Result read = SubscriptionsCsvReader.read(file, ImportMapping.defaults());
        ImportReport report = DataImports.reportOf("subs.csv", read, read.expand(LocalDate.of(2024, 3, 31)));
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(4);
        // A: 100, 70, 100; B: 40, 40, then March 40 - 50 = -10 is left out
        assertThat(Detection.english(report.detections())).contains("4 subscriptions became 5 customer-months up to 2024-03 (the last "
                + "complete month on 2024-03-31): a subscription counts in every month at whose last day it is active "
                + "(start, or the end of its trial, on or before it; no end or an end after it); trials count 0.",
                "subs.csv, lines 3, 5: customer 'B', 2024-03 adds up to an MRR of -10 (credits exceed charges); the "
                        + "month is left out (0 MRR)");
    }

    @Test
    void accountsAndLeadsReportsCarryTheReadersDetections() throws Exception {
        Path accounts = write("accounts.csv", "account,startDate,arr\nCafé,2023-01-01,1200\n");
        Path leads = write("leads.csv", "id,createdDate,source,isWon\nL1,2024-01-01,Café,yes\n");
        AccountsCsvReader.Result accountsRead = AccountsCsvReader.read(accounts, ImportMapping.defaults());
        LeadsCsvReader.Result leadsRead = LeadsCsvReader.read(leads, ImportMapping.defaults());
        assertThat(Detection.english(accountsRead.detections())).anyMatch(d -> d.contains("Windows-1252"));
        assertThat(Detection.english(leadsRead.detections())).anyMatch(d -> d.contains("Windows-1252"));
        try (Workbook workbook = workbook()) {
            assertThat(DataImports.reportOf(DataImports.accounts(workbook, accounts, ImportMapping.defaults())
                    .dataset()).detections()).containsAll(accountsRead.detections());
            assertThat(DataImports.reportOf(DataImports.leads(workbook, leads, ImportMapping.defaults()).dataset())
                    .detectionSentences()).startsWith(Detection.english(leadsRead.detections()).toArray(String[]::new))
                    .endsWith("The funnel's steps: Lead → Won (a step without a column in the file is left out)");
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(WINDOWS_1252));
    }

    private Workbook workbook() throws Exception {
        return Workbook.create(dir.resolve("w" + System.nanoTime() + ".hourglass"), "EUR", "en", JsonScenarioCodec.INSTANCE);
    }
}
