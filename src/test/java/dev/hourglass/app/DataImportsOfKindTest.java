package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's Import button and {@code import-data} import through one call, forecast switches carried alike. */
class DataImportsOfKindTest {
    @TempDir
    Path dir;

    @Test
    void aNewerExportOfTheSameSourceKeepsTheSwitchesAndSaysSo() throws Exception {
        Path crm = Files.writeString(dir.resolve("crm.csv"), "id,amount,stage,closeDate,outcome,include\n"
                + "D1,100,Negotiating,2017-01-10,OPEN,no\nD2,200,Negotiating,2017-01-11,OPEN,\n");
        try (Workbook workbook = workbook()) {
            DataImports.Imported first = DataImports.of(workbook, ImportKind.DEALS, crm, ImportMapping.defaults(), null,
                    rows -> { }, () -> false);
            assertThat(first.switchesCarriedSentence()).isEmpty();
            Files.writeString(crm, "id,amount,stage,closeDate,outcome\nD1,150,Negotiating,2017-01-20,OPEN\n"
                    + "D3,50,Negotiating,2017-01-11,OPEN\n");

            DataImports.Imported again = DataImports.of(workbook, ImportKind.DEALS, crm, ImportMapping.defaults(), null,
                    rows -> { }, () -> false);

            assertThat(again.switchesCarried()).isEqualTo(1);
            assertThat(again.switchesCarriedSentence())
                    .contains("Kept the forecast switches of 1 deals from the earlier import of crm.csv");
            Map<String, Boolean> include = new HashMap<>();
            workbook.readDeals(again.dataset().id(), deal -> include.put(deal.id(), deal.include()));
            assertThat(include).containsEntry("D1", false).containsEntry("D3", null);
        }
    }

    @Test
    void subscriptionsAreCountedUpToTheGivenDayAndStoredAsALedger() throws Exception {
        Path subs = Files.writeString(dir.resolve("subs.csv"), "customer,start,end,mrr\nA,2024-01-01,,100\n");
        try (Workbook workbook = workbook()) {
            DataImports.Imported imported = DataImports.of(workbook, ImportKind.SUBSCRIPTIONS, subs,
                    ImportMapping.defaults(), LocalDate.of(2024, 3, 31), rows -> { }, () -> false);

            assertThat(imported.dataset().kind()).isEqualTo(Dataset.Kind.LEDGER);
            assertThat(workbook.readLedger(imported.dataset().id()).mrr(0, YearMonth.of(2024, 3))).isEqualTo(100);
            assertThat(workbook.readLedger(imported.dataset().id()).mrr(0, YearMonth.of(2024, 4))).isZero();
        }
    }

    private Workbook workbook() throws Exception {
        return Workbook.create(dir.resolve("book.hourglass"), "EUR", "en", JsonScenarioCodec.INSTANCE);
    }
}
