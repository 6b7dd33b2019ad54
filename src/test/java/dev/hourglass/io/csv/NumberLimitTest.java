package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An amount or MRR above 10^15 is a bad cell naming file, row and column: no sum of the rows can overflow. */
class NumberLimitTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aLedgerMrrAbove10To15IsLeftOutWithItsLineAndColumn() throws Exception {
        Path ledger = file("ledger.csv", """
                customer,month,mrr
                C1,2024-01,1000
                C2,2024-01,1e308
                C3,2024-01,1e308
                C4,2024-01,1000000000000000
                """);
        LedgerCsvReader.Result result = LedgerCsvReader.read(ledger, ImportMapping.defaults());
        assertThat(result.problems().total()).isEqualTo(2);
        assertThat(result.problems().reasons().get(0).examples().get(0)).isEqualTo(
                "ledger.csv, line 3, column 'mrr': mrr is larger than 10^15 (no real business has such a figure) ('1e308')");
        assertThat(result.ledger().customerCount()).isEqualTo(2);
    }

    @Test
    void anAccountsArrAbove10To15IsLeftOut() throws Exception {
        Path accounts = file("accounts.csv", """
                account,startDate,arr
                A1,2024-01-01,12000
                A2,2024-01-01,1.7e308
                """);
        AccountsCsvReader.Result result = AccountsCsvReader.read(accounts, ImportMapping.defaults());
        assertThat(result.accounts()).hasSize(1);
        assertThat(result.problems().reasons().get(0).examples().get(0)).isEqualTo(
                "accounts.csv, line 3, column 'arr': arr is larger than 10^15 (no real business has such a figure) ('1.7e308')");
    }

    @Test
    void aDealAmountAbove10To15IsLeftOut() throws Exception {
        Path deals = file("deals.csv", """
                id,amount,stage,closeDate,outcome
                D1,5000,Closed Won,2024-03-01,won
                D2,2e15,Closed Won,2024-03-01,won
                """);
        DealsCsvReader.Result result = DealsCsvReader.read(deals, ImportMapping.defaults());
        assertThat(result.deals()).hasSize(1);
        assertThat(result.problems().reasons().get(0).examples().get(0)).isEqualTo(
                "deals.csv, line 3, column 'amount': amount is larger than 10^15 (no real business has such a figure) ('2e15')");
    }

    @Test
    void aSubscriptionWhoseMonthlyFigureExceedsTheBoundIsLeftOut() throws Exception {
        Path subscriptions = file("subscriptions.csv", """
                customer,start,mrr
                C1,2024-01-01,100
                C2,2024-01-01,1e300
                """);
        SubscriptionsCsvReader.Result result = SubscriptionsCsvReader.read(subscriptions, ImportMapping.defaults());
        assertThat(result.subscriptions()).hasSize(1);
        assertThat(result.problems().reasons().get(0).examples().get(0)).isEqualTo(
                "subscriptions.csv, line 3, column 'mrr': mrr is larger than 10^15 (no real business has such a figure) ('1e300')");
    }

    @Test
    void aHugeBadValueIsEchoedShort() throws Exception {
        String huge = "x".repeat(1_000_000);
        Path ledger = file("ledger.csv", "customer,month,mrr\nC1,2024-01,1000\nC2,2024-01," + huge + "\n");
        LedgerCsvReader.Result result = LedgerCsvReader.read(ledger, ImportMapping.defaults());
        assertThat(result.problems().reasons().get(0).examples().get(0)).isEqualTo(
                "ledger.csv, line 3, column 'mrr': mrr is not a number ('" + "x".repeat(59) + "…)");
    }
}
