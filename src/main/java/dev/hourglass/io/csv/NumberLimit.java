package dev.hourglass.io.csv;

import dev.hourglass.model.InputLimits;

/**
 * The bound on one number of imported data ({@link InputLimits#MAX_AMOUNT}, docs/mapping.md "Limits"): a larger
 * amount, MRR or count is a bad cell, never a figure, so no sum of a file's rows can overflow.
 */
final class NumberLimit {
    private NumberLimit() {
    }

    static boolean exceeded(double value) {
        return Math.abs(value) > InputLimits.MAX_AMOUNT;
    }

    /** The reason a row is left out, e.g. "mrr is larger than 10^15 (no real business has such a figure)". */
    static String reason(String field) {
        return field + " is larger than 10^15 (no real business has such a figure)";
    }
}
