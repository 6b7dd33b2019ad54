package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credits (negative rows) are summed into their customer's month; a month whose sum is negative is left out. */
class LedgerCreditsTest {
    private static YearMonth ym(String month) {
        return YearMonth.parse(month);
    }

    @Test
    void aCreditIsSummedIntoItsCustomersMonth() {
        Ledger ledger = Ledger.builder().add("A", ym("2024-01"), 100).add("A", ym("2024-01"), -30)
                .add("A", ym("2024-02"), 100).build();
        assertThat(ledger.mrr(0, ym("2024-01"))).isEqualTo(70);
        assertThat(ledger.mrr(0, ym("2024-02"))).isEqualTo(100);
        assertThat(ledger.rowCount()).isEqualTo(3);
        // January 70 new, February +30 expansion
        MonthMovement february = CohortAnalysis.analyse(ledger).months().get(1);
        assertThat(february.newMrr()).isZero();
        assertThat(february.expansion()).isEqualTo(30);
    }

    @Test
    void aMonthWhoseSumIsNegativeIsLeftOutAndNamedWithItsRows() {
        List<Ledger.NegativeMonth> negative = new ArrayList<>();
        Ledger ledger = Ledger.builder()
                .add("A", ym("2024-01"), 100)    // row 0
                .add("B", ym("2024-01"), 50)     // row 1
                .add("A", ym("2024-02"), 100)    // row 2
                .add("B", ym("2024-02"), 20)     // row 3
                .add("B", ym("2024-02"), -80)    // row 4: February of B adds up to -60
                .add("B", ym("2024-03"), 50)     // row 5
                .build(negative::add);
        assertThat(negative).containsExactly(new Ledger.NegativeMonth("B", ym("2024-02"), -60, List.of(3, 4)));
        assertThat(ledger.mrr(1, ym("2024-02"))).isZero();
        assertThat(ledger.mrr(1, ym("2024-03"))).isEqualTo(50);
        assertThat(ledger.rowCount()).isEqualTo(4);
    }

    @Test
    void aCustomerWhoseRowsAreAllZeroIsNoCustomer() {
        List<Ledger.NegativeMonth> negative = new ArrayList<>();
        Ledger ledger = Ledger.builder().add("A", ym("2024-01"), 100).add("Z", ym("2024-01"), 0)
                .add("Z", ym("2024-02"), 0).add("N", ym("2024-01"), -10).build(negative::add);
        assertThat(ledger.customerCount()).isEqualTo(1);
        assertThat(ledger.customerName(0)).isEqualTo("A");
        assertThat(negative).extracting(Ledger.NegativeMonth::customer).containsExactly("N");
        assertThat(CohortAnalysis.analyse(ledger).months().get(0).customers()).isEqualTo(1);
    }

    @Test
    void creditsThatCancelTheChargesToRoundingNoiseLeaveZeroNotANegativeMonth() {
        List<Ledger.NegativeMonth> negative = new ArrayList<>();
        // 0.3 - 0.1 - 0.2 is -2.8e-17 in binary
        Ledger ledger = Ledger.builder().add("A", ym("2024-01"), 10).add("A", ym("2024-02"), 0.3)
                .add("A", ym("2024-02"), -0.1).add("A", ym("2024-02"), -0.2).build(negative::add);
        assertThat(negative).isEmpty();
        assertThat(ledger.mrr(0, ym("2024-02"))).isZero();
        assertThat(CohortAnalysis.analyse(ledger).months().get(1).churn()).isEqualTo(10);
    }

    @Test
    void subscriptionsWithACreditSumIntoTheMonthAndANegativeMonthNamesItsSubscriptions() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        SubscriptionLedger.Expanded expanded = SubscriptionLedger.expand(List.of(
                new Subscription("A", LocalDate.parse("2024-01-01"), null, 100, "", "", false),
                new Subscription("A", LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01"),
                        -30, "", "credit", false),
                new Subscription("B", LocalDate.parse("2024-01-01"), null, 40, "", "", false),
                new Subscription("B", LocalDate.parse("2024-03-01"), null, -50, "", "credit", false)),
                asOf);
        Ledger ledger = expanded.ledger();
        assertThat(ledger.mrr(0, ym("2024-01"))).isEqualTo(100);
        assertThat(ledger.mrr(0, ym("2024-02"))).isEqualTo(70);
        assertThat(ledger.mrr(0, ym("2024-03"))).isEqualTo(100);
        assertThat(ledger.mrr(1, ym("2024-03"))).isZero();
        assertThat(expanded.negativeMonths()).containsExactly(
                new Ledger.NegativeMonth("B", ym("2024-03"), -10, List.of(2, 3)));
        // A: 3 months; B: January and February (March left out)
        assertThat(ledger.rowCount()).isEqualTo(5);
    }
}
