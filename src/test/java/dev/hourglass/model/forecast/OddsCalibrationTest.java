package dev.hourglass.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OddsCalibrationTest {
    private static BacktestPeriod period(double actual, double probabilityOfTarget) {
        Odds odds = new Odds(100, 1, OddsMethod.HISTORY, 0, 100, 200, 300, 200, 250, probabilityOfTarget,
                OptionalDouble.empty(), List.of());
        LocalDate start = LocalDate.of(2024, 1, 1);
        return new BacktestPeriod(new Period(start, start.plusDays(30)), start, odds, actual);
    }

    @Test
    void sharesBelowEachPercentileAndTheBrierScore() {
        // actuals 50 (below all), 150 (below P50, P90), 250 (below P90), 350 (none); target 250 reached twice
        List<BacktestPeriod> periods = List.of(period(50, 0.2), period(150, 0.4), period(250, 0.6), period(350, 0.8));

        OddsCalibration c = OddsCalibration.of(periods, true);

        assertThat(c.periods()).isEqualTo(4);
        assertThat(c.belowP10()).hasValue(0.25);
        assertThat(c.belowP50()).hasValue(0.5);
        assertThat(c.belowP90()).hasValue(0.75);
        // (0.2² + 0.4² + 0.4² + 0.2²) / 4
        assertThat(c.brier().orElseThrow()).isCloseTo(0.1, within(1e-12));
        assertThat(OddsCalibration.of(periods, false).brier()).isEmpty();
    }

    @Test
    void theBinomialIntervalOfEightPeriodsAtOneHalfIsTwoToSix() {
        // Binomial(8, 0.5): P(X ≤ 1) = 9/256 < 5 % ≤ P(X ≤ 2) = 37/256; P(X ≤ 5) = 219/256 < 95 % ≤ P(X ≤ 6) = 247/256
        assertThat(OddsCalibration.interval(8, 0.5)).containsExactly(2, 6);
        // Binomial(8, 0.1): P(X = 0) = 0.43 ≥ 5 %; P(X ≤ 2) = 0.962 ≥ 95 %
        assertThat(OddsCalibration.interval(8, 0.1)).containsExactly(0, 2);
    }

    @Test
    void aMethodWhoseActualsFallBelowP50TooOftenIsNotCalibrated() {
        List<BacktestPeriod> periods = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            periods.add(period(i < 7 ? 150 : 250, 0.5));   // 7 of 8 below P50
        }
        assertThat(OddsCalibration.of(periods, false).verdict()).isEqualTo(OddsCalibration.Verdict.NOT_CALIBRATED);

        periods.set(0, period(250, 0.5));
        periods.set(1, period(50, 0.5));                    // 6 below P50 (1 below P10), 8 below P90... all below P90
        assertThat(OddsCalibration.of(periods, false).verdict()).isEqualTo(OddsCalibration.Verdict.CALIBRATED);
    }

    @Test
    void fewerThanFourPeriodsAreNotJudged() {
        assertThat(OddsCalibration.of(List.of(period(50, 0), period(50, 0), period(50, 0)), false).verdict())
                .isEqualTo(OddsCalibration.Verdict.TOO_FEW_PERIODS);
        assertThat(OddsCalibration.of(List.of(), false).belowP50()).isEmpty();
    }
}
