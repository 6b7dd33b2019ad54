package dev.hourglass.model.figures;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes a figure's value as a reader of one language expects it, by the figure's unit: money with the currency
 * where the locale puts it ({@code $24,000}, {@code 24.000 $}), rates in %, differences of rates in points
 * ({@code +5.0 pts}, {@code +5,0 Pp.}), months, years, ×, counts. Large amounts are shortened by magnitude as
 * CLDR's short compact forms do — {@code $19.41M} in English, {@code 19,41 Mio. $} in German (CLDR's
 * {@code 0 Mio'.' ¤}) — and a column of amounts shares one magnitude ({@code $3.00M} beside {@code $19.41M}).
 * A space between a number and its unit is a no-break space, as the JDK's own formats write it.
 */
public final class FigureFormatter {
    private static final char NO_BREAK = '\u00a0';

    private final Locale locale;
    private final String currency;
    private final FigureTexts texts;
    private final String prefix;
    private final String suffix;
    private final String negativePrefix;
    private final String negativeSuffix;

    public FigureFormatter(Locale locale, String currency) {
        this(locale, currency, locale);
    }

    /**
     * Numbers as {@code locale} writes them, labels and unit words in {@code language}: a desktop in English on a
     * German system writes {@code 24.000 $} and {@code 3 months}, as a spreadsheet's language and regional format
     * are chosen apart.
     */
    public FigureFormatter(Locale locale, String currency, Locale language) {
        this.locale = locale;
        this.currency = currency;
        this.texts = FigureTexts.of(language);
        DecimalFormat money = currencyFormat(locale, currency);
        if (money != null) {
            prefix = money.getPositivePrefix();
            suffix = money.getPositiveSuffix();
            negativePrefix = money.getNegativePrefix();
            negativeSuffix = money.getNegativeSuffix();
        } else {
            prefix = "";
            suffix = NO_BREAK + currency;
            negativePrefix = "-";
            negativeSuffix = suffix;
        }
    }

    public Locale locale() {
        return locale;
    }

    public String currency() {
        return currency;
    }

    public FigureTexts texts() {
        return texts;
    }

    /** The parser that reads typed values by the same rules. */
    public FigureParser parser() {
        return new FigureParser(locale);
    }

    /** The same language with another currency. */
    public FigureFormatter withCurrency(String otherCurrency) {
        return otherCurrency.equals(currency) ? this : new FigureFormatter(locale, otherCurrency, texts.locale());
    }

    /** A figure's value by its path ({@code unitEconomics.ltvToCac}, {@code retention.bridge[year 2].closing}). */
    public String format(String path, double value) {
        return format(FigureCatalogue.of(path), value);
    }

    public String format(String path, OptionalDouble value) {
        return value.isPresent() ? format(path, value.getAsDouble()) : noData();
    }

    public String format(Figure figure, double value) {
        return format(figure.unit(), figure.decimals(), value);
    }

    public String format(Figure figure, OptionalDouble value) {
        return value.isPresent() ? format(figure, value.getAsDouble()) : noData();
    }

    /** A value of a unit with at most {@code decimals} decimals (MULTIPLE and POINTS: exactly). */
    public String format(Unit unit, int decimals, double value) {
        return switch (unit) {
            case MONEY -> money(value);
            case PERCENT -> percent(value, decimals);
            case POINTS -> unitText("unit.points", fixed(value * 100, decimals));
            case MONTHS -> unitText(value == 1 ? "unit.month" : "unit.months", number(value, decimals));
            case YEARS -> unitText(value == 1 ? "unit.year" : "unit.years", number(value, decimals));
            case MULTIPLE -> unitText("unit.multiple", fixed(value, decimals));
            case HOURS -> unitText("unit.hours", number(value, decimals));
            case COUNT, CHOICE -> number(value, decimals);
        };
    }

    /**
     * The difference of two values of a figure, with its sign: a rate's difference in points ({@code +5.0 pts}
     * for NRR 105 % → 110 %), money and others in their own unit.
     */
    public String difference(Figure figure, double difference) {
        Unit unit = figure.unit().ofDifference();
        String text = format(unit, figure.decimals(), Math.abs(difference));
        return shownAsZero(text) ? text : (difference > 0 ? "+" : "-") + text;
    }

    public String difference(String path, double difference) {
        return difference(FigureCatalogue.of(path), difference);
    }

    /** An amount in full: whole above 1,000, else with cents unless whole ({@code $24,000}, {@code $12.50}). */
    public String money(double value) {
        int decimals = Math.abs(value) >= 1000 || value == Math.rint(value) ? 0 : 2;
        return signedMoney(fixed(Math.abs(value), decimals), value);
    }

    /** An amount in another currency than this formatter's. */
    public String money(double value, String otherCurrency) {
        return withCurrency(otherCurrency).money(value);
    }

    /** An amount without the currency, for a column whose header names it. */
    public String amount(double value) {
        value += 0.0;
        return fixed(value, Math.abs(value) >= 1000 || value == Math.rint(value) ? 0 : 2);
    }

    public String money(OptionalDouble value) {
        return value.isPresent() ? money(value.getAsDouble()) : noData();
    }

    /** A large amount shortened for a headline card: {@code $1.65B}, {@code $19.41M}, {@code $240K}. */
    public String moneyCompact(double value) {
        Magnitude magnitude = Magnitude.of(Math.abs(value));
        if (magnitude == Magnitude.ONE) {
            return money(value);
        }
        int decimals = magnitude == Magnitude.THOUSAND ? 0 : 2;
        return signedMoney(compact(Math.abs(value), magnitude, decimals, decimals), value);
    }

    public String moneyCompact(double value, String otherCurrency) {
        return withCurrency(otherCurrency).moneyCompact(value);
    }

    /**
     * A column of amounts in one magnitude, the largest value's, with the same decimals: {@code $3.00M} beside
     * {@code $19.41M}, {@code $950K} beside {@code $24K}; below 10,000 in full.
     */
    public List<String> moneyColumn(List<Double> values) {
        double largest = values.stream().mapToDouble(Math::abs).max().orElse(0);
        Magnitude magnitude = Magnitude.of(largest);
        List<String> texts = new ArrayList<>();
        if (magnitude == Magnitude.ONE) {
            int decimals = largest >= 1000 || values.stream().allMatch(v -> v == Math.rint(v)) ? 0 : 2;
            values.forEach(v -> texts.add(signedMoney(fixed(Math.abs(v), decimals), v)));
            return texts;
        }
        int decimals = magnitude == Magnitude.THOUSAND
                ? (values.stream().anyMatch(v -> v != 0 && Math.abs(v) < 10_000) ? 1 : 0) : 2;
        values.forEach(v -> texts.add(signedMoney(compact(Math.abs(v), magnitude, decimals, decimals), v)));
        return texts;
    }

    /** A column of one figure's values: money in one magnitude, other units each by the figure's rule. */
    public List<String> column(Figure figure, List<Double> values) {
        if (figure.unit() == Unit.MONEY) {
            return moneyColumn(values);
        }
        return values.stream().map(v -> format(figure, v)).toList();
    }

    /** A tick of a chart's axis: money and counts in K/M/B ({@code $20M}, {@code 20 Mio. $}), rates in %. */
    public String axisTick(Unit unit, double value) {
        return switch (unit) {
            case MONEY -> {
                Magnitude magnitude = Magnitude.of(Math.abs(value));
                yield signedMoney(compact(Math.abs(value), magnitude, 0, 1), value);
            }
            case PERCENT -> percent(value, 0);
            case COUNT, HOURS -> {
                Magnitude magnitude = Magnitude.of(Math.abs(value));
                yield (value < 0 ? "-" : "") + compact(Math.abs(value), magnitude, 0, 1);
            }
            default -> format(unit, 1, value);
        };
    }

    public String percent(double fraction) {
        return percent(fraction, 1);
    }

    public String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? percent(fraction.getAsDouble()) : noData();
    }

    public String percent(double fraction, int maxDecimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        return withoutNegativeZero(f.format(fraction + 0.0));
    }

    /** A ratio with one decimal and ×: {@code 3.7×}, {@code 3,7×}. */
    public String multiple(double ratio) {
        return format(Unit.MULTIPLE, 1, ratio);
    }

    public String multiple(OptionalDouble ratio) {
        return ratio.isPresent() ? multiple(ratio.getAsDouble()) : noData();
    }

    /** A plain number with grouping and at most {@code maxDecimals} decimals. */
    public String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        return withoutNegativeZero(f.format(value + 0.0));
    }

    public String number(OptionalDouble value, int maxDecimals) {
        return value.isPresent() ? number(value.getAsDouble(), maxDecimals) : noData();
    }

    /** A number with exactly {@code decimals} decimals. */
    public String fixed(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return withoutNegativeZero(f.format(value + 0.0));
    }

    public String fixed(OptionalDouble value, int decimals) {
        return value.isPresent() ? fixed(value.getAsDouble(), decimals) : noData();
    }

    public String noData() {
        return texts.noData();
    }

    /** "not within 60 months": a payback month the horizon does not reach. */
    public String notWithin(int horizonMonths) {
        return texts.text("notWithin", horizonMonths);
    }

    private String compact(double abs, Magnitude magnitude, int minDecimals, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        String number = f.format(abs / magnitude.size);
        return magnitude == Magnitude.ONE ? number : unitText(magnitude.key, number);
    }

    private String withCurrency(String number, boolean negative) {
        return negative ? negativePrefix + number + negativeSuffix : prefix + number + suffix;
    }

    private String unitText(String key, String number) {
        return texts.text(key, number).replace(' ', NO_BREAK);
    }

    /** Money with the sign of {@code value}, unless it is shown as zero. */
    private String signedMoney(String absolute, double value) {
        return withCurrency(absolute, value < 0 && !shownAsZero(absolute));
    }

    private static boolean shownAsZero(String text) {
        return !text.matches(".*[1-9].*");
    }

    private static String withoutNegativeZero(String text) {
        return text.matches("-0([.,]0*)?\\D*") ? text.substring(1) : text;
    }

    private static DecimalFormat currencyFormat(Locale locale, String currency) {
        try {
            Currency known = Currency.getInstance(currency);
            if (NumberFormat.getCurrencyInstance(locale) instanceof DecimalFormat f) {
                f.setCurrency(known);
                f.setRoundingMode(RoundingMode.HALF_UP);
                return f;
            }
        } catch (IllegalArgumentException | NullPointerException notAnIsoCode) {
            // written as a code after the number
        }
        return null;
    }

    /** The magnitude a value is shortened to: from 10,000 in thousands, from a million in millions. */
    private enum Magnitude {
        ONE(1, ""), THOUSAND(1e3, "magnitude.thousand"), MILLION(1e6, "magnitude.million"),
        BILLION(1e9, "magnitude.billion");

        private final double size;
        private final String key;

        Magnitude(double size, String key) {
            this.size = size;
            this.key = key;
        }

        static Magnitude of(double abs) {
            if (abs >= 1e9) {
                return BILLION;
            }
            if (abs >= 1e6) {
                return MILLION;
            }
            return abs >= 1e4 ? THOUSAND : ONE;
        }
    }
}
