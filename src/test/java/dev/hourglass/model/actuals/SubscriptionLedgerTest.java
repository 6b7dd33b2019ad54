package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionLedgerTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private static Subscription paid(String customer, String start, String end, double mrr) {
        return new Subscription(customer, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), mrr, "",
                "", false);
    }

    /** Every row of the ledger as "customer month mrr". */
    private static List<String> rows(Ledger ledger) {
        List<String> rows = new ArrayList<>();
        ledger.forEachRow((customer, month, mrr) -> rows.add(customer + " " + month + " " + mrr));
        return rows;
    }

    @Test
    void theCheckOfImportsMdCountsJanuaryToMarchOnly() {
        Ledger ledger = SubscriptionLedger.expand(List.of(paid("A", "2024-01-15", "2024-04-10", 100)), AS_OF).ledger();
        assertThat(rows(ledger)).containsExactly("A 2024-01 100.0", "A 2024-02 100.0", "A 2024-03 100.0");
        assertThat(ledger.mrr(0, YearMonth.of(2024, 4))).isZero();
        assertThat(ledger.rowCount()).isEqualTo(3);
    }

    /**
     * A subscription whose trial ended pays from the trial's end: started 2024-01-20 with a trial to 2024-02-03, it is
     * in its trial at the end of January (nothing) and paying at the end of February (100). One cancelled before its
     * trial ended never paid; a trial end on or before the start is no trial.
     */
    @Test
    void aConvertedTrialPaysFromTheTrialsEnd() {
        LocalDate start = LocalDate.of(2024, 1, 20);
        Subscription converted = new Subscription("A", start, null, 100, "", "", false, LocalDate.of(2024, 2, 3));
        Subscription cancelledInTrial = new Subscription("B", start, LocalDate.of(2024, 3, 1), 80, "", "", false,
                LocalDate.of(2024, 3, 20));
        Subscription noTrial = new Subscription("C", start, LocalDate.of(2024, 4, 1), 60, "", "", false, start);
        Ledger ledger = SubscriptionLedger.expand(List.of(converted, cancelledInTrial, noTrial),
                LocalDate.of(2024, 4, 30)).ledger();
        assertThat(rows(ledger)).containsExactly("A 2024-02 100.0", "A 2024-03 100.0", "A 2024-04 100.0",
                "C 2024-01 60.0", "C 2024-02 60.0", "C 2024-03 60.0");
        assertThat(converted.paidFrom()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(noTrial.paidFrom()).isEqualTo(start);
    }

    @Test
    void aSubscriptionInsideOneMonthCountsInNoMonth() {
        SubscriptionLedger.Expanded expanded = SubscriptionLedger.expand(List.of(
                paid("A", "2024-03-02", "2024-03-30", 50), paid("B", "2024-05-01", "2024-06-01", 70)), AS_OF);
        assertThat(rows(expanded.ledger())).containsExactly("B 2024-05 70.0");
        assertThat(expanded.ledger().customerCount()).isEqualTo(1);
    }

    @Test
    void anEndOnTheLastDayIsGoneAtThatMonthEnd() {
        Ledger ledger = SubscriptionLedger.expand(List.of(paid("A", "2024-01-31", "2024-03-31", 10)), AS_OF).ledger();
        assertThat(rows(ledger)).containsExactly("A 2024-01 10.0", "A 2024-02 10.0");
    }

    @Test
    void aCustomersSubscriptionsAreSummedAndItsFirstSegmentKept() {
        List<Subscription> subscriptions = List.of(
                new Subscription("A", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-15"), 100, "", "Basic", false),
                new Subscription("A", LocalDate.parse("2024-02-10"), null, 40, "SMB", "Add-on", false),
                new Subscription("A", LocalDate.parse("2024-02-10"), null, 5, "Enterprise", "Seats", false));
        Ledger ledger = SubscriptionLedger.expand(subscriptions, LocalDate.parse("2024-04-30")).ledger();
        assertThat(rows(ledger)).containsExactly("A 2024-01 100.0", "A 2024-02 145.0", "A 2024-03 45.0",
                "A 2024-04 45.0");
        assertThat(ledger.segmentOf(0)).isEqualTo("SMB");
    }

    @Test
    void aTrialCountsZeroAndATrialOnlyCustomerIsNoCustomer() {
        List<Subscription> subscriptions = List.of(
                new Subscription("A", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-15"), 99, "", "", true),
                paid("A", "2024-02-15", null, 99),
                new Subscription("T", LocalDate.parse("2024-01-01"), null, 99, "SMB", "", true));
        Ledger ledger = SubscriptionLedger.expand(subscriptions, LocalDate.parse("2024-03-31")).ledger();
        assertThat(rows(ledger)).containsExactly("A 2024-02 99.0", "A 2024-03 99.0");
        assertThat(ledger.customerCount()).isEqualTo(1);
    }

    @Test
    void openSubscriptionsRunToTheLastCompleteMonthOfTheLatestDate() {
        List<Subscription> subscriptions = List.of(paid("A", "2024-01-20", null, 10), paid("B", "2024-02-01",
                "2024-06-17", 20));
        SubscriptionLedger.Expanded expanded = SubscriptionLedger.expand(subscriptions);
        assertThat(expanded.asOf()).isEqualTo(LocalDate.parse("2024-06-17"));
        assertThat(expanded.lastMonth()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(expanded.ledger().lastMonth()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(expanded.ledger().mrr(0, YearMonth.of(2024, 5))).isEqualTo(10);
        assertThat(expanded.ledger().mrr(1, YearMonth.of(2024, 5))).isEqualTo(20);
    }

    @Test
    void anAsOfDateCutsEverySubscriptionAtItsLastCompleteMonth() {
        List<Subscription> subscriptions = List.of(paid("A", "2023-11-05", null, 10), paid("B", "2023-12-01",
                "2025-01-01", 20));
        SubscriptionLedger.Expanded expanded = SubscriptionLedger.expand(subscriptions, LocalDate.parse("2024-02-29"));
        assertThat(expanded.lastMonth()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(rows(expanded.ledger())).containsExactly("A 2023-11 10.0", "A 2023-12 10.0", "A 2024-01 10.0",
                "A 2024-02 10.0", "B 2023-12 20.0", "B 2024-01 20.0", "B 2024-02 20.0");
        assertThat(SubscriptionLedger.lastCompleteMonth(LocalDate.parse("2024-02-28"))).isEqualTo(YearMonth.of(2024, 1));
    }

    @Test
    void anEndBeforeTheStartOrAnInfiniteMrrIsRefused() {
        assertThatThrownBy(() -> paid("A", "2024-03-01", "2024-02-01", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessage("end 2024-02-01 is before start 2024-03-01");
        assertThatThrownBy(() -> paid("A", "2024-03-01", null, Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class);
    }
}
