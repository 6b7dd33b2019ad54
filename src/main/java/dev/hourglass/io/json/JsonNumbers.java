package dev.hourglass.io.json;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers in JSON output carry 15 significant digits: what a spreadsheet cell holds and shows. That removes
 * the last-bit noise of double arithmetic (300 × 0.04 = 11.999999999999993 prints as 12) without rounding
 * for display.
 */
public final class JsonNumbers {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    private JsonNumbers() {
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SPREADSHEET_PRECISION).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent > 20 || exponent < -10 ? rounded.toString() : rounded.toPlainString();
    }
}
