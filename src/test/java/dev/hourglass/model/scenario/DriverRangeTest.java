package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.retention.RetentionRates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriverRangeTest {

    @Test
    void aUniformRangesLikelyValueIsItsMidpoint() {
        DriverRange range = DriverRange.uniform(0.15, 0.22);
        assertThat(range.likely()).isEqualTo(0.185, within(1e-12));
        assertThat(range.uniform()).isTrue();
    }

    @Test
    void triangularDrawsStayInsideAndAverageTheThreePoints() {
        DriverRange range = DriverRange.triangular(10, 14, 30);
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        int below14 = 0;
        for (int i = 0; i < 100_000; i++) {
            double v = range.sample(random);
            assertThat(v).isBetween(10.0, 30.0);
            sum += v;
            below14 += v < 14 ? 1 : 0;
        }
        assertThat(sum / 100_000).isEqualTo(18.0, within(0.1)); // (10 + 14 + 30) / 3
        assertThat(below14 / 100_000.0).isEqualTo(0.2, within(0.01)); // (14 − 10) / (30 − 10)
    }

    @Test
    void uniformDrawsAreSpreadEvenly() {
        DriverRange range = DriverRange.uniform(100, 200);
        SplittableRandom random = new SplittableRandom(3);
        int belowQuarter = 0;
        for (int i = 0; i < 100_000; i++) {
            belowQuarter += range.sample(random) < 125 ? 1 : 0;
        }
        assertThat(belowQuarter / 100_000.0).isEqualTo(0.25, within(0.01));
    }

    @Test
    void refusesUnorderedPointsNamingTheKey() {
        assertThatThrownBy(() -> DriverRange.triangular(0.2, 0.1, 0.3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("likely (0.1) must lie between low (0.2) and high (0.3)")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("likely");
        assertThatThrownBy(() -> DriverRange.uniform(5, 4)).hasMessageContaining("low (5.0) must not be above high");
    }

    @Test
    void eachEndMustBeAValueTheDriverTakes() {
        Drivers margin = Drivers.NONE.with(Driver.GROSS_MARGIN, 0.8);
        assertThatThrownBy(() -> margin.withRange(Driver.GROSS_MARGIN, DriverRange.triangular(0.7, 0.8, 1.2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("gross margin high: ")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("high");
        Drivers horizon = Drivers.NONE.with(Driver.HORIZON_MONTHS, 60);
        assertThatThrownBy(() -> horizon.withRange(Driver.HORIZON_MONTHS, DriverRange.uniform(12, 60)))
                .hasMessage("the horizon cannot be a range");
    }

    @Test
    void aRangedDriversValueIsTheLikelyValueAndTypingItAgainKeepsTheRange() {
        DriverRange range = DriverRange.triangular(20_000, 24_000, 30_000);
        Drivers drivers = Drivers.NONE.with(Driver.ACV, 1).withRange(Driver.ACV, range);
        assertThat(drivers.require(Driver.ACV)).isEqualTo(24_000);
        assertThat(drivers.with(Driver.ACV, 24_000).range(Driver.ACV)).contains(range);
        assertThat(drivers.with(Driver.CAC, 1_000).range(Driver.ACV)).contains(range);
        assertThat(drivers.with(Driver.ACV, 25_000).range(Driver.ACV)).isEmpty();
        assertThat(drivers.without(Driver.ACV).hasRanges()).isFalse();
    }

    @Test
    void plainDriversHaveNoRangesAndEqualTheFourPartForm() {
        Drivers plain = new Drivers(Map.of(Driver.ACV, 24_000.0), Optional.empty(), Optional.empty(), List.of());
        assertThat(plain.hasRanges()).isFalse();
        assertThat(plain).isEqualTo(Drivers.NONE.with(Driver.ACV, 24_000));
    }

    @Test
    void anNrrRangeGoesThroughTheRates() {
        Drivers drivers = Drivers.NONE.withRates(new RetentionRates.GrrNrr(0.9, 1.05))
                .withRange(Driver.NRR, DriverRange.triangular(1.0, 1.04, 1.1));
        assertThat(drivers.require(Driver.NRR)).isEqualTo(1.04);
        assertThat(drivers.rates().orElseThrow().grr()).isEqualTo(0.9);
        assertThat(drivers.withRates(new RetentionRates.GrrNrr(0.85, 1.04)).range(Driver.NRR)).isPresent();
        assertThat(drivers.withRates(new RetentionRates.GrrNrr(0.9, 1.08)).range(Driver.NRR)).isEmpty();
    }
}
