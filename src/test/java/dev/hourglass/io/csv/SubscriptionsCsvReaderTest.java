package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.actuals.Subscription;
import dev.hourglass.model.actuals.SubscriptionLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionsCsvReaderTest {
    @TempDir
    Path dir;

    private SubscriptionsCsvReader.Result read(String content) throws Exception {
        return read(content, ImportMapping.defaults());
    }

    private SubscriptionsCsvReader.Result read(String content, ImportMapping mapping) throws Exception {
        Path file = dir.resolve("subs.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return SubscriptionsCsvReader.read(file, mapping);
    }

    private static List<String> messages(RowProblems problems) {
        return problems.reasons().stream().flatMap(r -> r.examples().stream()).toList();
    }

    @Test
    void mrrIsTakenAsGivenOrComputedFromAmountIntervalCountAndQuantity() throws Exception {
        SubscriptionsCsvReader.Result read = read("customer,start,end,mrr,amount,interval,intervalCount,quantity\n"
                + "A,2024-01-15,2024-04-10,100,,,,\n"
                + "B,2024-01-01,,,1200,year,,\n"
                + "C,2024-01-01,,,300,Quarterly,,2\n"
                + "D,2024-01-01,,,50,month,3,\n"
                + "E,2024-01-01,,,10,week,,\n"
                + "F,2024-01-01,,,1,day,,\n"
                + "G,2024-01-01,,,600,6,,\n"
                + "H,2024-01-01,,80,999,year,,5\n");
        assertThat(read.problems().isEmpty()).as(messages(read.problems()).toString()).isTrue();
        List<Double> mrr = read.subscriptions().stream().map(Subscription::mrr).toList();
        assertThat(mrr.get(0)).isEqualTo(100);
        assertThat(mrr.get(1)).isEqualTo(100);
        assertThat(mrr.get(2)).isEqualTo(200);
        assertThat(mrr.get(3)).isCloseTo(16.666666666, within(1e-8));
        assertThat(mrr.get(4)).isCloseTo(43.45, within(1e-9));
        assertThat(mrr.get(5)).isCloseTo(30.4375, within(1e-9));
        assertThat(mrr.get(6)).isEqualTo(100);
        assertThat(mrr.get(7)).isEqualTo(80);
        assertThat(read.subscriptions().get(0).end()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(read.subscriptions().get(1).end()).isNull();
        assertThat(read.rowsRead()).isEqualTo(8);
    }

    @Test
    void trialsComeFromIsTrialInAnyCaseOrFromAStatusOfTrialing() throws Exception {
        SubscriptionsCsvReader.Result read = read("customer,start,mrr,isTrial,status,segment,plan\n"
                + "A,2024-01-01,10,TRUE,active,SMB,Basic\n"
                + "B,2024-01-01,10,no,active,,\n"
                + "C,2024-01-01,10,1,,,\n"
                + "D,2024-01-01,10,,trialing,,\n"
                + "E,2024-01-01,10,,In Trial,,\n"
                + "F,2024-01-01,10,Yes,,,\n"
                + "G,2024-01-01,10,0,past_due,,\n");
        assertThat(read.subscriptions()).extracting(Subscription::trial)
                .containsExactly(true, false, true, true, true, true, false);
        assertThat(read.subscriptions().get(0).segment()).isEqualTo("SMB");
        assertThat(read.subscriptions().get(0).plan()).isEqualTo("Basic");
    }

    @Test
    void badRowsAreLeftOutWithTheirLineColumnAndReason() throws Exception {
        SubscriptionsCsvReader.Result read = read("Customer,Start,End,MRR,Amount,Interval,Quantity,Is Trial,Status\n"
                + "A,2024-01-01,,10,,,,,\n"
                + ",2024-01-01,,10,,,,,\n"
                + "C,01.02.2024x,,10,,,,,\n"
                + "D,2024-03-01,2024-02-01,10,,,,,\n"
                + "E,2024-01-01,,,,,,,\n"
                + "F,2024-01-01,,,100,fortnight,,,\n"
                + "G,2024-01-01,,-5,,,,,\n" // a credit: read
                + "H,2024-01-01,,10,,,,maybe,\n"
                + "I,2024-01-01,,10,,,,,canceled\n"
                + "J,2024-01-01,,,100,,,,\n"
                + "K,2024-01-01,,,100,month,-2,,\n"
                + "L,2024-01-01\n");
        assertThat(read.subscriptions()).extracting(Subscription::customer).containsExactly("A", "G");
        assertThat(read.lines()).containsExactly(2L, 8L);
        assertThat(read.problems().total()).isEqualTo(10);
        assertThat(messages(read.problems())).containsExactly(
                "subs.csv, line 3, column 'Customer': customer is empty",
                "subs.csv, line 4, column 'Start': start is not a date ('01.02.2024x')",
                "subs.csv, line 5, column 'End': end is before start ('2024-02-01' before '2024-03-01')",
                "subs.csv, line 6, column 'MRR': mrr and amount are empty",
                "subs.csv, line 7, column 'Interval': interval is not month, quarter, year, week, day or a number of "
                        + "months ('fortnight')",
                "subs.csv, line 9, column 'Is Trial': isTrial is not true/false, yes/no or 1/0 ('maybe')",
                "subs.csv, line 10, column 'Status': the subscription has ended but end is empty (the month it ended "
                        + "is unknown) ('canceled')",
                "subs.csv, line 11, column 'Interval': amount is given without an interval",
                "subs.csv, line 12, column 'Quantity': quantity is negative ('-2')",
                "subs.csv, line 13: row has fewer fields than the header (2 of 9)");
    }

    @Test
    void aMappingRenamesABillingSystemsColumns() throws Exception {
        ImportMapping mapping = ImportMapping.ofColumns(Map.of("Customer ID", "customer", "Start (UTC)", "start",
                "Ended At (UTC)", "end", "Plan Amount", "amount", "Plan Interval", "interval",
                "Plan Interval Count", "intervalCount"));
        SubscriptionsCsvReader.Result read = read("id,Customer ID,Start (UTC),Ended At (UTC),Plan Amount,Plan Interval,"
                + "Plan Interval Count,Quantity,Status\n"
                + "sub_1,cus_1,2024-01-15 10:23,2024-04-10 08:00,240,month,2,1,canceled\n", mapping);
        Subscription s = read.subscriptions().get(0);
        assertThat(s.customer()).isEqualTo("cus_1");
        assertThat(s.start()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(s.end()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(s.mrr()).isEqualTo(120);
    }

    @Test
    void theDefaultAsOfIsTheLatestDateButNeverAfterToday() throws Exception {
        SubscriptionsCsvReader.Result past = read("customer,start,end,mrr\nA,2023-01-10,,10\nB,2023-02-01,2023-05-20,5\n");
        assertThat(past.expand(null).asOf()).isEqualTo(LocalDate.of(2023, 5, 20));
        assertThat(past.expand(LocalDate.of(2023, 3, 31)).lastMonth()).isEqualTo(YearMonth.of(2023, 3));
        SubscriptionsCsvReader.Result scheduled = read("customer,start,end,mrr\nA,2023-01-10,2999-01-31,10\n");
        LocalDate today = LocalDate.now();
        SubscriptionLedger.Expanded expanded = scheduled.expand(null);
        assertThat(expanded.asOf()).isBetween(today, LocalDate.now());
        assertThat(expanded.ledger().lastMonth()).isEqualTo(SubscriptionLedger.lastCompleteMonth(expanded.asOf()));
    }

    @Test
    void aFileWithoutMrrNeedsAmountAndIntervalColumns() {
        assertThatThrownBy(() -> read("customer,start,amount\nA,2024-01-01,10\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("subs.csv, line 1: missing column 'interval' (the header has: customer, start, amount)");
    }

    @Test
    void aFileWithNoUsableRowIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> read("customer,start,mrr\nA,someday,10\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("subs.csv: no usable subscription row in 1 row; first problem: subs.csv, line 2, "
                        + "column 'start': start is not a date ('someday')");
    }

    @Test
    void recurlysSubscriptionsEndWhenTheyExpireNotWhenTheyAreCanceled() throws Exception {
        // Recurly: a canceled subscription runs to the end of its term (expires_at); account_code is the customer
        SubscriptionsCsvReader.Result read = read("uuid,account_code,plan_code,state,quantity,unit_amount,"
                + "activated_at,canceled_at,expires_at,plan_interval_length,plan_interval_unit\n"
                + "a1,acct-1,team-annual,canceled,2,990.00,2023-10-09 11:45:31 UTC,2024-01-05 10:00:00 UTC,"
                + "2024-02-01 10:00:00 UTC,12,months\n"
                + "a2,acct-2,starter,active,1,29.00,2023-04-01 16:52:08 UTC,,,1,months\n");
        assertThat(read.problems().isEmpty()).as(messages(read.problems()).toString()).isTrue();
        assertThat(read.subscriptions()).extracting(Subscription::customer).containsExactly("acct-1", "acct-2");
        assertThat(read.subscriptions()).extracting(Subscription::end).containsExactly(LocalDate.of(2024, 2, 1), null);
        assertThat(read.subscriptions()).extracting(Subscription::mrr).containsExactly(165.0, 29.0);
    }

    /**
     * The trial's end, by Recurly's, Stripe's and Chargebee's names, is when a subscription starts paying; a trial end
     * that is no date leaves the row out, naming it.
     */
    @Test
    void theTrialsEndIsReadByEachBillingSystemsName() throws Exception {
        SubscriptionsCsvReader.Result recurly = read("account_code,state,unit_amount,activated_at,expires_at,"
                + "trial_started_at,trial_ends_at,plan_interval_length,plan_interval_unit\n"
                + "acct-1,active,29.00,2023-04-20 16:52:08 UTC,,2023-04-20 16:52:08 UTC,2023-05-04 16:52:08 UTC,1,months\n"
                + "acct-2,active,49.00,2023-04-01 10:00:00 UTC,,,,1,months\n"
                + "acct-3,active,49.00,2023-04-01 10:00:00 UTC,,,soon,1,months\n");
        assertThat(recurly.subscriptions()).extracting(Subscription::paidFrom)
                .containsExactly(LocalDate.of(2023, 5, 4), LocalDate.of(2023, 4, 1));
        assertThat(messages(recurly.problems())).containsExactly(
                "subs.csv, line 4, column 'trial_ends_at': trialEnd is not a date ('soon')");

        SubscriptionsCsvReader.Result stripe = read("Customer ID,Status,Amount,Interval,Start (UTC),Trial End (UTC)\n"
                + "cus_1,active,99.00,month,2023-10-29 15:09,2023-11-12 15:09\n");
        assertThat(stripe.subscriptions()).extracting(Subscription::trialEnd).containsExactly(LocalDate.of(2023, 11, 12));

        SubscriptionsCsvReader.Result chargebee = read("customers.id,subscriptions.status,subscriptions.mrr,"
                + "subscriptions.started_at,subscriptions.trial_end\ncb_1,active,50,2024-01-10,2024-01-24\n");
        assertThat(chargebee.subscriptions()).extracting(Subscription::trialEnd).containsExactly(LocalDate.of(2024, 1, 24));
    }
}
