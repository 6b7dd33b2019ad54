package dev.hourglass.ui.common;

import dev.hourglass.model.EchoedText;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * How an input is typed and shown. Numbers follow the user's locale ({@code 24,000} or {@code 24.000}); a
 * percentage may be typed as {@code 18%}, {@code 18 %} or {@code 0.18}; a currency sign or unit is ignored.
 */
public enum InputKind {
    MONEY("", 2), PERCENT("%", 2), MONTHS("months", 0), COUNT("", 0), NUMBER("", 4);

    private final String unit;
    private final int decimals;

    InputKind(String unit, int decimals) {
        this.unit = unit;
        this.decimals = decimals;
    }

    /** The unit shown beside the value; money shows the scenario's currency instead. */
    public String unit(String currency) {
        return this == MONEY ? currency : unit;
    }

    /** The value as the grid shows it for editing: percentages as percent, numbers in the locale's style. */
    public String format(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(this == MONEY || this == COUNT);
        format.setMaximumFractionDigits(this == PERCENT ? 4 : decimals);
        return this == PERCENT ? format.format(value * 100) + " %" : format.format(value);
    }

    /**
     * Reads what a user typed. Percentages: "18%", "18 %" and "18" (as percent when above 1) or "0.18" (a fraction).
     *
     * @throws IllegalArgumentException with a message for the user when it is not a number
     */
    public double parse(String text, Locale locale) {
        String cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ");
        boolean percentSign = cleaned.endsWith("%");
        cleaned = cleaned.replaceAll("[%$€£¥\\s]", "").replaceAll("(?i)(usd|eur|gbp|chf|months?)$", "");
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("type a number");
        }
        double value = parseLocaleNumber(cleaned, locale);
        if (this == PERCENT && (percentSign || Math.abs(value) > 1)) {
            return value / 100;
        }
        if ((this == MONTHS || this == COUNT) && value != Math.rint(value)) {
            throw new IllegalArgumentException("type a whole number, got " + EchoedText.of(text.strip()));
        }
        return value;
    }

    private static double parseLocaleNumber(String text, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            // A number pasted from a sheet in another locale ("0.18" where the decimal mark is ",").
            try {
                return Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + EchoedText.of(text) + "\" is not a number");
            }
        }
        return number.doubleValue();
    }
}
