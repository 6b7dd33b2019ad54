package dev.hourglass.io.json;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers in JSON output carry 12 significant digits. That strips the binary noise that double arithmetic
 * leaves in the last digits (300 × (0.18 − 0.14) = 11.999999999999993, and an ROI computed from it
 * 0.27999999999999925) while keeping far more precision than any planning input has: a billion with cents
 * is 11 digits. It is not display rounding; tables round further.
 */
public final class JsonNumbers {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(12);
    private static final double WHOLE_WITHOUT_ROUNDING = 1e12;
    private static final long SMALLEST_TWELVE_DIGITS = 100_000_000_000L;
    private static final long THIRTEEN_DIGITS = 1_000_000_000_000L;
    /** 10^0 … 10^22: every one a double exactly, so a product or quotient with one is rounded only once. */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];
    /**
     * How near to half a unit of the twelfth digit a scaled value may come before the rounding is left to
     * BigDecimal: the scaled double is within 2^-53 of the exact product, below 1.3e-4 for 12 integer digits.
     */
    private static final double NEAR_HALF = 1e-3;

    static {
        double power = 1;
        for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private JsonNumbers() {
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_WITHOUT_ROUNDING) {
            // A whole number of at most 12 digits is what the rounding below would give; BigDecimal is slow.
            return Long.toString((long) value);
        }
        BigDecimal rounded = twelveDigits(value).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent > 20 || exponent < -10 ? rounded.toString() : rounded.toPlainString();
    }

    /**
     * The value rounded to 12 significant digits, half up. From the double scaled to 12 integer digits where that
     * decides the rounding (2,500 ratios of a cohorts report took 22 ms through BigDecimal's exact expansion of each
     * double, at the command line's compiler); through BigDecimal near a tie, or out of the exact powers' range.
     */
    static BigDecimal twelveDigits(double value) {
        double size = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(size));
        double scaled = scaledToTwelveDigits(size, exponent);
        if (scaled >= THIRTEEN_DIGITS) {
            scaled = scaledToTwelveDigits(size, ++exponent);
        } else if (scaled < SMALLEST_TWELVE_DIGITS) {
            scaled = scaledToTwelveDigits(size, --exponent);
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Double.isNaN(scaled) || whole < SMALLEST_TWELVE_DIGITS || whole >= THIRTEEN_DIGITS
                || Math.abs(fraction - 0.5) < NEAR_HALF) {
            return exactly(value);
        }
        long digits = (long) whole + (fraction > 0.5 ? 1 : 0);
        if (digits == THIRTEEN_DIGITS) {
            digits = SMALLEST_TWELVE_DIGITS;
            exponent++;
        }
        return BigDecimal.valueOf(value < 0 ? -digits : digits, 11 - exponent);
    }

    /** The value × 10^(11 − exponent), rounded once; NaN where that power of ten is not a double exactly. */
    private static double scaledToTwelveDigits(double size, int exponent) {
        int shift = 11 - exponent;
        if (shift >= 0 && shift < EXACT_POWERS_OF_TEN.length) {
            return size * EXACT_POWERS_OF_TEN[shift];
        }
        if (shift < 0 && -shift < EXACT_POWERS_OF_TEN.length) {
            return size / EXACT_POWERS_OF_TEN[-shift];
        }
        return Double.NaN;
    }

    /** The rounding from the double's exact decimal expansion. */
    static BigDecimal exactly(double value) {
        return new BigDecimal(value).round(SPREADSHEET_PRECISION);
    }
}
