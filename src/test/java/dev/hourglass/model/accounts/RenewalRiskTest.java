package dev.hourglass.model.accounts;

import static dev.hourglass.model.accounts.AccountBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalRiskTest {
    // Score = (NPS + 100)/2: NPS 80 → 90 green, NPS 0 → 50 yellow, NPS −60 → 20 red. A band needs 3 known outcomes.
    private static final HealthSettings SETTINGS = AccountBuilder.withMinimumOutcomes(AccountBuilder.npsOnly(), 3);

    private static final List<Account> ACCOUNTS = List.of(
            // Known outcomes: green 3 known, 1 not renewed → p = 1/3 measured; yellow 1 known → setting 0.2;
            // red none → setting 0.5; unscored none → the yellow setting 0.2.
            account("g1").nps(80).renewed(true).arr(10_000).build(),
            account("g2").nps(80).renewed(false).arr(10_000).build(),
            account("g3").nps(80).renewed(true).arr(10_000).build(),
            account("y1").nps(0).renewed(false).arr(10_000).build(),
            // Open renewals.
            account("o1").nps(80).arr(100_000).expansion(20_000).renewal("2025-02-10").build(), // green, Q1, Feb
            account("o2").nps(0).arr(50_000).renewal("2025-03-31").build(), // yellow, Q1, Mar
            account("o3").nps(-60).arr(40_000).renewal("2025-04-01").build(), // red, Q2, Apr
            // Not in the pipeline: churned, or no renewal date.
            account("x1").nps(-60).arr(70_000).renewal("2025-02-01").churned("2024-12-01").build(),
            account("x2").nps(-60).arr(30_000).build());

    private static RenewalRisk risk(List<Account> accounts) {
        return RenewalRiskCalculator.calculate(accounts,
                HealthScorer.rescore(IndicatorScores.of(accounts, SETTINGS), SETTINGS), SETTINGS);
    }

    @Test
    void churnProbabilityIsMeasuredWhereEnoughOutcomesAreKnownElseTheSetting() {
        RenewalRisk r = risk(ACCOUNTS);
        assertThat(r.churnProbabilities().get(RiskBand.GREEN))
                .isEqualTo(new ChurnProbability(RiskBand.GREEN, 1.0 / 3, true, 3, 1));
        assertThat(r.churnProbabilities().get(RiskBand.YELLOW))
                .isEqualTo(new ChurnProbability(RiskBand.YELLOW, 0.2, false, 1, 1));
        assertThat(r.churnProbabilities().get(RiskBand.RED))
                .isEqualTo(new ChurnProbability(RiskBand.RED, 0.5, false, 0, 0));
        assertThat(r.churnProbabilities().get(RiskBand.UNSCORED))
                .isEqualTo(new ChurnProbability(RiskBand.UNSCORED, 0.2, false, 0, 0));
    }

    @Test
    void pipelineByQuarterAndMonthWithExpectedChurnAndGrr() {
        RenewalRisk r = risk(ACCOUNTS);
        // Q1: green o1 100,000 + 20,000 = 120,000 × 1/3 = 40,000; yellow o2 50,000 × 0.2 = 10,000 → 170,000, 50,000.
        // Q2: red o3 40,000 × 0.5 = 20,000.
        assertThat(r.byQuarter()).extracting(RenewalPeriod::label).containsExactly("2025-Q1", "2025-Q2");
        RenewalPeriod q1 = r.byQuarter().get(0);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(q1.accounts()).isEqualTo(2);
        assertThat(q1.arr()).isEqualTo(170_000);
        assertThat(q1.arrByBand()).containsEntry(RiskBand.GREEN, 120_000.0).containsEntry(RiskBand.YELLOW, 50_000.0)
                .containsEntry(RiskBand.RED, 0.0).containsEntry(RiskBand.UNSCORED, 0.0);
        assertThat(q1.expectedChurnedArr()).isCloseTo(50_000, within(1e-6));
        RenewalPeriod q2 = r.byQuarter().get(1);
        assertThat(q2.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q2.arr()).isEqualTo(40_000);
        assertThat(q2.expectedChurnedArr()).isCloseTo(20_000, within(1e-6));

        assertThat(r.byMonth()).extracting(RenewalPeriod::label).containsExactly("2025-02", "2025-03", "2025-04");
        assertThat(r.byMonth()).extracting(RenewalPeriod::arr).containsExactly(120_000.0, 50_000.0, 40_000.0);
        assertThat(r.byMonth().get(0).expectedChurnedArr()).isCloseTo(40_000, within(1e-6));
        assertThat(r.byMonth().get(1).expectedChurnedArr()).isCloseTo(10_000, within(1e-6));

        // Total: 210,000 up for renewal, 70,000 expected to churn → expected GRR 1 − 70/210 = 2/3.
        assertThat(r.accounts()).isEqualTo(3);
        assertThat(r.pipelineArr()).isEqualTo(210_000);
        assertThat(r.arrByBand()).containsEntry(RiskBand.GREEN, 120_000.0).containsEntry(RiskBand.YELLOW, 50_000.0)
                .containsEntry(RiskBand.RED, 40_000.0);
        assertThat(r.expectedChurnedArr()).isCloseTo(70_000, within(1e-6));
        assertThat(r.expectedGrr().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void anEmptyPipelineHasNoExpectedGrr() {
        RenewalRisk r = risk(ACCOUNTS.subList(0, 4));
        assertThat(r.byQuarter()).isEmpty();
        assertThat(r.pipelineArr()).isZero();
        assertThat(r.expectedGrr()).isEmpty();
    }

    @Test
    void bandTotalsCountEveryAccountAndItsArrNow() {
        List<Account> accounts = ACCOUNTS;
        BandTotals totals = BandTotals.of(accounts,
                HealthScorer.rescore(IndicatorScores.of(accounts, SETTINGS), SETTINGS));
        // Green g1 10,000 + g2 0 (not renewed) + g3 10,000 + o1 120,000 = 140,000 in 4 accounts;
        // yellow y1 0 + o2 50,000 in 2; red o3 40,000 + x1 0 (churned) + x2 30,000 = 70,000 in 3.
        assertThat(totals.accounts()).containsEntry(RiskBand.GREEN, 4).containsEntry(RiskBand.YELLOW, 2)
                .containsEntry(RiskBand.RED, 3).containsEntry(RiskBand.UNSCORED, 0);
        assertThat(totals.arr()).containsEntry(RiskBand.GREEN, 140_000.0).containsEntry(RiskBand.YELLOW, 50_000.0)
                .containsEntry(RiskBand.RED, 70_000.0).containsEntry(RiskBand.UNSCORED, 0.0);
        assertThat(totals.totalArr()).isEqualTo(260_000);
    }
}
