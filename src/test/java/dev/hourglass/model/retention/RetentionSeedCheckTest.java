package dev.hourglass.model.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** metrics.md §2 Check (seed 000 table): start ARR 10M, closing before new sales. */
class RetentionSeedCheckTest {

    private static double closingBeforeNewSales(double grr, double nrr) {
        RetentionInputs in = new RetentionInputs(10_000_000, new RetentionRates.GrrNrr(grr, nrr), List.of(0.0), 1,
                Optional.empty());
        return RetentionCalculator.calculate(in).bridge().get(0).closing();
    }

    @Test
    void weakRetentionClosesAt9point5M() {
        assertThat(closingBeforeNewSales(0.85, 0.95)).isCloseTo(9_500_000, within(1e-6));
    }

    @Test
    void baselineClosesAt10point5M() {
        assertThat(closingBeforeNewSales(0.90, 1.05)).isCloseTo(10_500_000, within(1e-6));
    }

    @Test
    void strongRetentionClosesAt11point5M() {
        assertThat(closingBeforeNewSales(0.93, 1.15)).isCloseTo(11_500_000, within(1e-6));
    }
}
