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
        BigDecimal rounded = new BigDecimal(value).round(SPREADSHEET_PRECISION).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent > 20 || exponent < -10 ? rounded.toString() : rounded.toPlainString();
    }
}
