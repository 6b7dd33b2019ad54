package dev.hourglass.model;

import java.util.OptionalDouble;

/** Division where an empty denominator means "no data", never 0 and never NaN. */
public final class Ratios {
    private Ratios() {
    }

    public static OptionalDouble ratio(double numerator, double denominator) {
        if (denominator == 0 || !Double.isFinite(numerator) || !Double.isFinite(denominator)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator / denominator);
    }

    /** {@code 1 / rate}, "no data" when the rate is missing or zero. */
    public static OptionalDouble inverse(OptionalDouble rate) {
        return rate.isPresent() ? ratio(1, rate.getAsDouble()) : OptionalDouble.empty();
    }
}
