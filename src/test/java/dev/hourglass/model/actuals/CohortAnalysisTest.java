package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortAnalysisTest {
    private static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    /** A expands then contracts, B churns, comes back and churns again, C's two rows in March are summed, D never pays. */
    private static Ledger fourMonths() {
        return Ledger.builder()
                .add("A", ym("2020-01"), 100).add("A", ym("2020-02"), 150).add("A", ym("2020-03"), 150)
                .add("A", ym("2020-04"), 120)
                .add("B", ym("2020-01"), 200).add("B", ym("2020-03"), 50)
                .add("C", ym("2020-03"), 30).add("C", ym("2020-03"), 50).add("C", ym("2020-04"), 80)
                .add("D", ym("2020-01"), 0)
                .build();
    }

    @Test
    void monthsShowEachMovementOfMrr() {
        List<MonthMovement> months = CohortAnalysis.analyse(fourMonths()).months();
        assertThat(months).containsExactly(
                new MonthMovement(ym("2020-01"), 300, 2, 300, 0, 0, 0, 0),
                new MonthMovement(ym("2020-02"), 150, 1, 0, 50, 0, 200, 0),
                new MonthMovement(ym("2020-03"), 280, 3, 80, 0, 0, 0, 50),
                new MonthMovement(ym("2020-04"), 200, 2, 0, 0, 30, 50, 0));
    }

    @Test
    void cohortsFollowTheirFirstPayingMonth() {
        List<Cohort> cohorts = CohortAnalysis.analyse(fourMonths()).cohorts();
        assertThat(cohorts).hasSize(2);
        Cohort january = cohorts.get(0);
        assertThat(january.cohort()).isEqualTo(ym("2020-01"));
        assertThat(january.size()).isEqualTo(2);
        assertThat(january.startMrr()).isEqualTo(300);
        assertThat(january.revenueRetention()).containsExactly(1.0, 0.5, 200.0 / 300, 0.4);
        assertThat(january.logoRetention()).containsExactly(1.0, 0.5, 1.0, 0.5);
        Cohort march = cohorts.get(1);
        assertThat(march.cohort()).isEqualTo(ym("2020-03"));
        assertThat(march.startMrr()).isEqualTo(80);
        assertThat(march.revenueRetention()).containsExactly(1.0, 1.0);
    }

    @Test
    void trailingTwelveMonthRetentionCountsOnlyCustomersPayingAYearEarlier() {
        Ledger.Builder b = Ledger.builder();
        b.add("X", ym("2020-01"), 100).add("X", ym("2021-01"), 130);
        for (int m = 1; m <= 12; m++) {
            b.add("Y", YearMonth.of(2020, m), 200);
        }
        b.add("Y", ym("2021-01"), 150).add("Y", ym("2021-02"), 220);
        for (int m = 6; m <= 14; m++) {
            b.add("Z", YearMonth.of(2020, 1).plusMonths(m - 1), 500);
        }
        for (int m = 1; m <= 4; m++) {
            b.add("W", YearMonth.of(2020, m), 50);
        }
        List<TrailingTwelve> trailing = CohortAnalysis.analyse(b.build()).trailing12();
        assertThat(trailing).extracting(TrailingTwelve::month).containsExactly(ym("2021-01"), ym("2021-02"));
        assertThat(trailing.get(0).nrr().getAsDouble()).isCloseTo(280.0 / 350, within(1e-15));
        assertThat(trailing.get(0).grr().getAsDouble()).isCloseTo(250.0 / 350, within(1e-15));
        assertThat(trailing.get(1).nrr().getAsDouble()).isCloseTo(220.0 / 250, within(1e-15));
        assertThat(trailing.get(1).grr().getAsDouble()).isCloseTo(200.0 / 250, within(1e-15));
    }

    @Test
    void nobodyPayingAYearEarlierIsNoDataNotZero() {
        Ledger ledger = Ledger.builder().add("A", ym("2020-01"), 0).add("A", ym("2021-01"), 100).build();
        TrailingTwelve t = CohortAnalysis.analyse(ledger).trailing12().get(0);
        assertThat(t.nrr()).isEmpty();
        assertThat(t.grr()).isEmpty();
    }

    @Test
    void fewerThanThirteenMonthsGiveNoTrailingFigures() {
        assertThat(CohortAnalysis.analyse(fourMonths()).trailing12()).isEmpty();
    }

    @Test
    void anEmptyLedgerGivesAnEmptyReport() {
        CohortReport report = CohortAnalysis.analyse(Ledger.builder().build());
        assertThat(report.months()).isEmpty();
        assertThat(report.cohorts()).isEmpty();
    }

    @Test
    void ledgerKnowsItsSpanAndSumsDuplicateRows() {
        Ledger ledger = fourMonths();
        assertThat(ledger.firstMonth()).isEqualTo(ym("2020-01"));
        assertThat(ledger.lastMonth()).isEqualTo(ym("2020-04"));
        assertThat(ledger.customerCount()).as("D, whose only row is 0, is no customer").isEqualTo(3);
        assertThat(ledger.rowCount()).isEqualTo(10);
        assertThat(ledger.mrr(2, ym("2020-03"))).isEqualTo(80);
        assertThat(ledger.mrr(1, ym("2020-02"))).isZero();
        assertThat(ledger.mrr(1, ym("2019-02"))).isZero();
    }

    @Test
    void badRowsAreRejectedWithReadableMessages() {
        assertThatThrownBy(() -> Ledger.builder().add("A", ym("2020-01"), Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ledger.builder().add(" ", ym("2020-01"), 5)).hasMessage("customer must not be empty");
        assertThatThrownBy(() -> Ledger.builder().add("A", ym("2020-01"), Double.NaN))
                .hasMessage("MRR of A in 2020-01 must be a number, got not a number");
    }
}
