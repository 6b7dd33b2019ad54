package dev.hourglass.ui.common;

import dev.hourglass.model.EchoedText;
import dev.hourglass.model.figures.FigureParser;
import dev.hourglass.model.figures.Unit;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How an input is typed and shown. Numbers follow the user's locale ({@code 24,000} or {@code 24.000}); a
 * percentage may be typed as {@code 18%}, {@code 18 %} or {@code 0.18}; a currency sign or unit is ignored.
 */
public enum InputKind {
    MONEY("", 2), PERCENT("%", 2), MONTHS("", 0), COUNT("", 0), NUMBER("", 4);

    private final String unit;
    private final int decimals;

    InputKind(String unit, int decimals) {
        this.unit = unit;
        this.decimals = decimals;
    }

    /** The unit shown beside the value; money shows the scenario's currency instead. */
    public String unit(String currency) {
        return switch (this) {
            case MONEY -> currency;
            case MONTHS -> UiText.text("common.monthsUnit");
            default -> unit;
        };
    }

    /** The value as the grid shows it for editing: percentages as percent, numbers in the locale's style. */
    public String format(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(this == MONEY || this == COUNT);
        format.setMaximumFractionDigits(this == PERCENT ? 4 : decimals);
        return this == PERCENT ? format.format(value * 100) + percentSign(locale) : format.format(value);
    }

    /** "%" where the locale writes it against the number (English: 18%), " %" where it leaves a space (German). */
    private static String percentSign(Locale locale) {
        String half = NumberFormat.getPercentInstance(locale).format(0.5);
        return half.matches(".*\\s%.*|.*\u00a0%.*|.*\u202f%.*") ? " %" : "%";
    }

    /** How a value of a figure of this unit is typed: a rate as "18 %" or "0.18", money with grouping. */
    public static InputKind of(Unit unit) {
        return switch (unit) {
            case PERCENT -> PERCENT;
            case MONEY -> MONEY;
            default -> NUMBER;
        };
    }

    /**
     * Reads what a user typed by the figure parser's rules: the locale's marks, "24k", "$1.2M", a currency sign or
     * code ignored; percentages as "18%", "18 %", "18" (as percent when above 1) or "0.18" (a fraction).
     *
     * @throws IllegalArgumentException with a message for the user when it is not a number
     */
    public double parse(String text, Locale locale) {
        double value = new FigureParser(locale).parse(unit(), text);
        if ((this == MONTHS || this == COUNT) && value != Math.rint(value)) {
            throw new IllegalArgumentException(UiText.text("common.typeWholeNumber", EchoedText.of(text.strip())));
        }
        return value;
    }

    private Unit unit() {
        return switch (this) {
            case MONEY -> Unit.MONEY;
            case PERCENT -> Unit.PERCENT;
            case MONTHS -> Unit.MONTHS;
            case COUNT, NUMBER -> Unit.COUNT;
        };
    }
}
