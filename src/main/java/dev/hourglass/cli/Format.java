package dev.hourglass.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Display rounding for the readable tables of the command line. Output is the same on every machine
 * (grouping with commas, a decimal point) so scripts can rely on it; JSON output carries 12 significant digits
 * (cli.md).
 */
final class Format {
    static final String NO_DATA = "no data";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Format() {
    }

    static String money(double value, String currency) {
        return decimal(value, Math.abs(value) >= 1000 || value == Math.rint(value) ? 0 : 2) + " " + currency;
    }

    static String money(OptionalDouble value, String currency) {
        return value.isPresent() ? money(value.getAsDouble(), currency) : NO_DATA;
    }

    static String percent(double fraction) {
        return decimal(fraction * 100, 1) + " %";
    }

    static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? percent(fraction.getAsDouble()) : NO_DATA;
    }

    static String times(OptionalDouble ratio) {
        return ratio.isPresent() ? decimal(ratio.getAsDouble(), 2) + "×" : NO_DATA;
    }

    static String number(double value, int decimals) {
        return decimal(value, decimals);
    }

    static String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? decimal(value.getAsDouble(), decimals) : NO_DATA;
    }

    static String month(OptionalInt month, String otherwise) {
        return month.isPresent() ? "month " + month.getAsInt() : otherwise;
    }

    private static String decimal(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        String text = f.format(value);
        return text.equals("-0") || text.matches("-0\\.0+") ? text.substring(1) : text;
    }
}
