package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LedgerSegmentsTest {
    private static final YearMonth JAN = YearMonth.of(2020, 1);

    @Test
    void aSegmentsLedgerHoldsOnlyItsCustomersWithTheirWholeHistory() {
        Ledger ledger = Ledger.builder()
                .add("A", JAN, 100, "SMB").add("A", JAN.plusMonths(1), 120, null)
                .add("B", JAN, 1_000, "Enterprise").add("B", JAN.plusMonths(2), 900, "Enterprise")
                .add("C", JAN.plusMonths(1), 50, "").build();
        assertThat(ledger.segments()).containsExactly("Enterprise", "SMB");
        assertThat(ledger.segmentOf(2)).isEmpty();

        Ledger enterprise = ledger.onlySegment("Enterprise");
        assertThat(enterprise.customerCount()).isEqualTo(1);
        assertThat(enterprise.customerName(0)).isEqualTo("B");
        assertThat(enterprise.mrr(0, JAN.plusMonths(2))).isEqualTo(900);
        assertThat(enterprise.firstMonth()).isEqualTo(JAN);
        assertThat(enterprise.lastMonth()).isEqualTo(JAN.plusMonths(2));
        assertThat(enterprise.rowCount()).isEqualTo(2);
        CohortReport report = CohortAnalysis.analyse(enterprise);
        assertThat(report.months()).extracting(MonthMovement::mrr).containsExactly(1_000.0, 0.0, 900.0);
    }

    @Test
    void aCustomerKeepsItsFirstNonEmptySegmentWhenItsRowsAreNotTogether() {
        Ledger ledger = Ledger.builder()
                .add("A", JAN, 100, " ").add("B", JAN, 200, "Enterprise").add("A", JAN.plusMonths(1), 100, " SMB ")
                .add("B", JAN.plusMonths(1), 200, "SMB").add("A", JAN.plusMonths(2), 100, "Enterprise").build();
        assertThat(ledger.customerName(0)).isEqualTo("A");
        assertThat(ledger.segmentOf(0)).isEqualTo("SMB");
        assertThat(ledger.segmentOf(1)).isEqualTo("Enterprise");
    }

    @Test
    void theAbsoluteTotalAddsEveryCustomerMonthWithoutItsSign() {
        Ledger ledger = Ledger.builder()
                .add("A", JAN, 100).add("A", JAN, -30).add("A", JAN.plusMonths(2), 50)
                .add("B", JAN.plusMonths(1), 1e308).add("B", JAN.plusMonths(1), 1e308).build();
        assertThat(Ledger.builder().add("A", JAN, 100).add("A", JAN, -30).add("A", JAN.plusMonths(2), 50).build()
                .absoluteMrrTotal()).isEqualTo(120);
        assertThat(ledger.absoluteMrrTotal()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
