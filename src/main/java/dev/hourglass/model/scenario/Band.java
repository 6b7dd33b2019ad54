package dev.hourglass.model.scenario;

import java.util.OptionalDouble;

/**
 * The spread of one output over the runs of a scenario with ranges (forecast.md §3). Percentiles are nearest-rank:
 * Px is the run at rank ⌈x · runs⌉ in ascending order (the same rule as the odds of a period). A run in which the
 * output has no value (payback not within the horizon, LTV:CAC with no CAC) ranks above every value; a percentile
 * that falls on such a run, and the mean when there is one, are empty ("no data").
 */
public record Band(OptionalDouble p10, OptionalDouble p50, OptionalDouble p90, OptionalDouble mean) {

    /** The band of the runs' values, sorted ascending with the runs without a value (NaN) last. */
    static Band ofSorted(double[] sorted) {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Band(percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90),
                valueOrEmpty(sum / sorted.length));
    }

    /** Nearest rank on sorted values: the value at rank ⌈p · n⌉ (1-based). */
    static OptionalDouble percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return valueOrEmpty(sorted[Math.max(0, rank - 1)]);
    }

    private static OptionalDouble valueOrEmpty(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
