package dev.hourglass.model.scenario;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.RangeEnd;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A driver typed as a range instead of one number (forecast.md §3): triangular over low, likely, high, or uniform
 * over low, high. The deterministic figures use {@link #likely()}; for a uniform range that is the midpoint.
 *
 * @param uniform true for {@code {low, high}}: every value between equally likely
 */
public record DriverRange(double low, double likely, double high, boolean uniform) {

    public DriverRange {
        Require.finite("low", low);
        Require.finite("likely", likely);
        Require.finite("high", high);
        if (low > high) {
            throw new InvalidInputException("low", "low (" + low + ") must not be above high (" + high + ")",
                    Rule.LOW_ABOVE_HIGH, low, high);
        }
        if (likely < low || likely > high) {
            throw new InvalidInputException("likely", "likely (" + likely + ") must lie between low (" + low
                    + ") and high (" + high + ")", Rule.LIKELY_OUTSIDE, likely, low, high);
        }
        if (uniform && likely != midpoint(low, high)) {
            throw new IllegalArgumentException("a uniform range's likely value is its midpoint");
        }
    }

    public static DriverRange triangular(double low, double likely, double high) {
        return new DriverRange(low, likely, high, false);
    }

    public static DriverRange uniform(double low, double high) {
        Require.finite("low", low);
        Require.finite("high", high);
        return new DriverRange(low, midpoint(low, high), high, true);
    }

    private static double midpoint(double low, double high) {
        return low + (high - low) / 2;
    }

    /** One draw: the inverse of the distribution function at a uniform number, so one random number per draw. */
    public double sample(SplittableRandom random) {
        double u = random.nextDouble();
        double width = high - low;
        if (uniform) {
            return low + u * width;
        }
        double lowShare = width == 0 ? 0 : (likely - low) / width;
        double value = u < lowShare
                ? low + Math.sqrt(u * width * (likely - low))
                : high - Math.sqrt((1 - u) * width * (high - likely));
        return Math.min(high, Math.max(low, value));
    }

    /** Checks the ends (and so every value between) as the driver checks one value; the message names which end. */
    public void checkFor(Driver driver) {
        if (driver == Driver.HORIZON_MONTHS) {
            throw new InvalidInputException(driver.label(), "the " + driver.label() + " cannot be a range",
                    Rule.NO_RANGE);
        }
        checkEnd(driver, RangeEnd.LOW, low);
        checkEnd(driver, RangeEnd.LIKELY, likely);
        checkEnd(driver, RangeEnd.HIGH, high);
    }

    private static void checkEnd(Driver driver, RangeEnd end, double value) {
        try {
            driver.check(value);
        } catch (InvalidInputException e) {
            String name = end.name().toLowerCase(Locale.ROOT);
            throw e.atRangeEnd(end, name, driver.label() + " " + name + ": " + e.getMessage());
        }
    }
}
