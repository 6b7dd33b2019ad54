package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cohorts and import-data with --kind subscriptions (imports.md §4). */
class SubscriptionsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Overlapping, amount-based, trial, reactivated, inside-one-month and one bad row; the latest date is 2024-03-15. */
    private static final String SUBSCRIPTIONS = "customer,start,end,mrr,amount,interval,isTrial,segment\n"
            + "A,2023-01-10,,100,,,,SMB\n"
            + "A,2023-06-15,2023-09-20,,600,quarter,,\n"
            + "B,2023-02-01,2023-12-31,50,,,,Enterprise\n"
            + "C,2023-03-05,2023-03-25,70,,,,\n"
            + "D,2023-01-01,2023-02-01,30,,,yes,\n"
            + "D,2023-02-01,,,1200,year,,\n"
            + "E,2023-04-01,2023-07-01,80,,,,\n"
            + "E,2023-10-01,,80,,,,\n"
            + "G,2023-05-01,2024-03-15,40,,,,\n"
            + "F,2024-02-20,,10,,,,\n"
            + "X,2023-05-01,2023-04-01,10,,,,\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** The ledger the subscriptions expand into, written out by hand month by month. */
    private Path expandedLedger() throws Exception {
        StringBuilder csv = new StringBuilder("customer,month,mrr\n");
        months(csv, "A", "2023-01", "2024-02", 100);
        months(csv, "A", "2023-06", "2023-08", 200);
        months(csv, "B", "2023-02", "2023-11", 50);
        months(csv, "D", "2023-02", "2024-02", 100);
        months(csv, "E", "2023-04", "2023-06", 80);
        months(csv, "E", "2023-10", "2024-02", 80);
        months(csv, "G", "2023-05", "2024-02", 40);
        months(csv, "F", "2024-02", "2024-02", 10);
        return write("expanded.csv", csv.toString());
    }

    private static void months(StringBuilder csv, String customer, String from, String to, double mrr) {
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            csv.append(customer).append(',').append(m).append(',').append(mrr).append('\n');
        }
    }

    @Test
    void cohortsOfSubscriptionsGiveTheFiguresOfCohortsOfTheExpandedLedger() throws Exception {
        CliRunner subscriptions = CliRunner.run("cohorts", write("subs.csv", SUBSCRIPTIONS).toString(),
                "--kind", "subscriptions", "--json");
        CliRunner ledger = CliRunner.run("cohorts", expandedLedger().toString(), "--json");
        assertThat(subscriptions.exitCode()).as(subscriptions.err()).isZero();
        assertThat(ledger.exitCode()).as(ledger.err()).isZero();
        JsonNode fromSubscriptions = JSON.readTree(subscriptions.out());
        JsonNode fromLedger = JSON.readTree(ledger.out());
        for (String figures : new String[] {"months", "cohorts", "trailing12", "customers"}) {
            assertThat(fromSubscriptions.get(figures)).as(figures).isEqualTo(fromLedger.get(figures));
        }
        assertThat(fromSubscriptions.at("/months/0/month").asText()).isEqualTo("2023-01");
        assertThat(fromSubscriptions.at("/months/5/mrr").asDouble()).isEqualTo(570);
        assertThat(fromSubscriptions.at("/months/13/month").asText()).isEqualTo("2024-02");
        assertThat(fromSubscriptions.get("months")).hasSize(14);
        assertThat(fromSubscriptions.get("trailing12")).hasSize(2);
        assertThat(fromSubscriptions.get("customers").asInt()).isEqualTo(6);
        assertThat(fromSubscriptions.get("rowsRead").asInt()).isEqualTo(11);
        assertThat(fromSubscriptions.at("/excluded/count").asInt()).isEqualTo(1);
        assertThat(subscriptions.err()).contains("1 row of subs.csv left out");
    }

    @Test
    void theTextSaysHowSubscriptionsBecameTheLedgerAndByWhichRule() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("subs.csv", SUBSCRIPTIONS).toString(), "--kind",
                "subscriptions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("10 subscriptions became 56 customer-months up to 2024-02 (the last complete "
                + "month on 2024-03-15): a subscription counts in every month at whose last day it is active (start, or "
                + "the end of its trial, on or before it; no end or an end after it); trials count 0.\n");
        assertThat(run.out()).containsPattern("2023-06 +570 +5 ");
    }

    @Test
    void anAsOfDateEndsTheLedgerAtItsLastCompleteMonth() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("subs.csv", SUBSCRIPTIONS).toString(), "--kind",
                "subscriptions", "--as-of", "2023-12-30", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode months = JSON.readTree(run.out()).get("months");
        assertThat(months).hasSize(11);
        assertThat(months.get(10).get("month").asText()).isEqualTo("2023-11");
        assertThat(months.get(10).get("mrr").asDouble()).isEqualTo(100 + 50 + 100 + 80 + 40);
    }

    @Test
    void asOfWithALedgerIsAUsageError() throws Exception {
        CliRunner run = CliRunner.run("cohorts", expandedLedger().toString(), "--as-of", "2023-12-31");
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(run.err()).contains("--as-of applies to --kind subscriptions only");
    }

    @Test
    void onlyTrialsGiveNoLedgerAndExitWithOne() throws Exception {
        CliRunner run = CliRunner.run("cohorts", write("trials.csv",
                "customer,start,mrr,status\nA,2023-01-01,10,trialing\nB,2023-02-01,10,trialing\n").toString(),
                "--kind", "subscriptions");
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).contains("trials.csv: none of its 2 subscriptions has MRR at the end of a month up to "
                + "2023-01 (as of 2023-02-01; trials count 0)");
    }

    @Test
    void importDataStoresTheExpandedLedgerAsALedgerDataset() throws Exception {
        Path workbook = dir.resolve("client.hourglass");
        CliRunner run = CliRunner.run("import-data", workbook.toString(), write("subs.csv", SUBSCRIPTIONS).toString(),
                "--kind", "subscriptions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 56 ledger rows from subs.csv into client.hourglass (11 rows read, "
                + "1 left out)", "10 subscriptions became 56 customer-months up to 2024-02");
        try (Workbook w = Workbook.open(workbook, JsonScenarioCodec.INSTANCE)) {
            Dataset dataset = w.datasets(Dataset.Kind.LEDGER).get(0);
            assertThat(dataset.rowCount()).isEqualTo(56);
            Ledger ledger = w.readLedger(dataset.id());
            assertThat(ledger.customerCount()).isEqualTo(6);
            assertThat(ledger.lastMonth()).isEqualTo(YearMonth.of(2024, 2));
            assertThat(ledger.mrr(0, YearMonth.of(2023, 7))).isEqualTo(300);
            assertThat(ledger.segments()).containsExactly("Enterprise", "SMB");
        }
    }
}
