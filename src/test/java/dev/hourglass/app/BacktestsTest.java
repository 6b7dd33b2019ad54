package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.forecast.OddsCalibration;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BacktestsTest {
    private static final PipelineSettings SETTINGS = PipelineSettings.defaults(1);
    private static final YearMonth FIRST = YearMonth.of(2019, 1);

    /*
     * 48 monthly periods (2020–2023) of a history whose win and slip probabilities are fixed. If the odds are right,
     * each period's actual falls below its P50 with probability 1/2, independently, so the count below P50 is
     * Binomial(48, 1/2): the tolerance is that distribution's central 90 %, 18 to 30 of 48 (0.375 to 0.625), the
     * same rule (OddsCalibration) that calls a method calibrated, applied to P10 and P90 as well. The seed is fixed.
     */
    @Test
    void onHistoryWithKnownOddsTheP50IsMetAboutHalfTheTime() throws WorkbookException {
        KnownOddsHistory history = new KnownOddsHistory(19, FIRST, 60, 120, 0.5, 0.3, 0.25, FIRST.plusMonths(99), 1);

        Backtests.Backtest backtest = Backtests.run(history, PeriodLength.MONTH, LocalDate.of(2020, 1, 1),
                LocalDate.of(2023, 12, 31), SETTINGS, OptionalDouble.of(1_050_000), 2000, 1);

        OddsCalibration c = backtest.calibration();
        assertThat(c.periods()).isEqualTo(48);
        assertThat(c.belowP50().orElseThrow()).isBetween(0.375, 0.625);
        assertThat(c.verdict()).isEqualTo(OddsCalibration.Verdict.CALIBRATED);
        assertThat(backtest.periods()).allSatisfy(p -> {
            assertThat(p.asOf()).isEqualTo(p.period().start());
            assertThat(p.odds().p10()).isLessThanOrEqualTo(p.odds().p50());
            assertThat(p.odds().p50()).isLessThanOrEqualTo(p.odds().p90());
            assertThat(p.actual()).isPositive();
        });
        double brier = backtest.periods().stream().mapToDouble(p -> {
            double miss = p.odds().probabilityOfTarget() - (p.actual() >= 1_050_000 ? 1 : 0);
            return miss * miss;
        }).average().orElseThrow();
        assertThat(c.brier().orElseThrow()).isCloseTo(brier, within(1e-12));
    }

    @Test
    void whenTheTruthChangesAfterTheOddsWereLearnedTheMethodIsCalledNotCalibrated() throws WorkbookException {
        KnownOddsHistory history = new KnownOddsHistory(19, FIRST, 60, 120, 0.5, 0.3, 0.25, YearMonth.of(2020, 1),
                0.5);

        Backtests.Backtest backtest = Backtests.run(history, PeriodLength.MONTH, LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 12, 31), SETTINGS, OptionalDouble.empty(), 2000, 1);

        assertThat(backtest.calibration().verdict()).isEqualTo(OddsCalibration.Verdict.NOT_CALIBRATED);
        assertThat(backtest.calibration().brier()).isEmpty();
    }

    @Test
    void periodsStartAfterTheFirstSnapshotAndEndByTheLatest() throws WorkbookException {
        KnownOddsHistory history = new KnownOddsHistory(19, FIRST, 12, 40, 0.5, 0.3, 0.25, FIRST.plusMonths(99), 1);

        Backtests.Backtest backtest = Backtests.run(history, PeriodLength.QUARTER, null, null, SETTINGS,
                OptionalDouble.empty(), 100, 1);

        // snapshots on the 1st of each month of 2019, then 2020-07-01: Q2 2019 to Q2 2020 (Q1 starts on the first)
        assertThat(backtest.periods()).extracting(p -> p.period().start().toString())
                .containsExactly("2019-04-01", "2019-07-01", "2019-10-01", "2020-01-01", "2020-04-01");
        assertThat(backtest.periods().get(3).asOf()).isEqualTo(LocalDate.of(2019, 12, 1));
    }
}
