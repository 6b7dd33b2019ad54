package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void nearestRankOnTenValuesByHand() {
        // ranks: P10 = ⌈1⌉ = 1st, P50 = ⌈5⌉ = 5th, P90 = ⌈9⌉ = 9th
        Band band = Band.ofSorted(new double[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        assertThat(band.p10()).hasValue(10);
        assertThat(band.p50()).hasValue(50);
        assertThat(band.p90()).hasValue(90);
        assertThat(band.mean()).hasValue(55);
    }

    @Test
    void nearestRankOnFiveValuesByHand() {
        // ranks: P10 = ⌈0.5⌉ = 1st, P50 = ⌈2.5⌉ = 3rd, P90 = ⌈4.5⌉ = 5th
        Band band = Band.ofSorted(new double[] {1, 2, 4, 8, 16});
        assertThat(band.p10()).hasValue(1);
        assertThat(band.p50()).hasValue(4);
        assertThat(band.p90()).hasValue(16);
        assertThat(band.mean()).hasValue(6.2);
    }

    @Test
    void nearestRankOnSevenValuesIsNotRoundingNorInterpolation() {
        // P90 = ⌈6.3⌉ = 7th value; rounding the rank would give the 6th, linear interpolation 6.4
        Band band = Band.ofSorted(new double[] {1, 2, 3, 4, 5, 6, 7});
        assertThat(band.p10()).hasValue(1); // ⌈0.7⌉ = 1st
        assertThat(band.p50()).hasValue(4); // ⌈3.5⌉ = 4th
        assertThat(band.p90()).hasValue(7);
    }

    @Test
    void runsWithoutAValueRankAboveEveryValue() {
        Band band = Band.ofSorted(new double[] {3, 5, 7, 9, Double.NaN});
        assertThat(band.p50()).hasValue(7);
        assertThat(band.p90()).isEqualTo(OptionalDouble.empty());
        assertThat(band.mean()).isEqualTo(OptionalDouble.empty());
    }
}
