package dev.hourglass.model.figures;

import dev.hourglass.model.EchoedText;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed value by the rules the {@link FigureFormatter} writes it with, so whatever is shown can be typed
 * back: the locale's decimal mark and grouping ({@code 24,000.5} / {@code 24.000,5}), a magnitude word
 * ({@code 24k}, {@code $1.2M}, {@code 1,2 Mio. $}), a currency sign or code and unit words ignored, rates as
 * {@code 18 %}, {@code 18} or {@code 0.18} (a number up to 1 without % is a fraction), points always as points
 * ({@code 5 pts} or {@code 5}).
 */
public final class FigureParser {
    private static final Pattern CURRENCY = Pattern.compile("^[$€£¥]|[$€£¥]$|^[A-Z]{3}\\b|\\b[A-Z]{3}$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9.,']*");

    private final FigureTexts texts;
    private final char decimalMark;
    private final char groupingMark;

    public FigureParser(Locale locale) {
        this.texts = FigureTexts.of(locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimalMark = symbols.getDecimalSeparator();
        this.groupingMark = symbols.getGroupingSeparator();
    }

    /**
     * The value typed for a figure of this unit: a rate as a fraction (18 % → 0.18), points as a fraction of one
     * (5 pts → 0.05), everything else as written.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a number
     */
    public double parse(Unit unit, String typed) {
        String text = normalised(typed);
        boolean percentSign = text.endsWith("%");
        text = text.replace("%", "").strip();
        String words = unitWords(unit);
        Matcher unitWord = Pattern.compile("(?iu)\\s*(" + words + ")$").matcher(text);
        if (!words.isEmpty() && unitWord.find()) {
            text = text.substring(0, unitWord.start()).strip();
        }
        text = CURRENCY.matcher(text).replaceAll("").strip();
        double multiplier = 1;
        for (String[] magnitude : new String[][] {{"billion", "1e9"}, {"million", "1e6"}, {"thousand", "1e3"}}) {
            Matcher word = Pattern.compile("(?iu)(?<=[0-9\\s])(" + words("parse." + magnitude[0]) + ")$").matcher(text);
            if (word.find()) {
                multiplier = Double.parseDouble(magnitude[1]);
                text = text.substring(0, word.start()).strip();
                break;
            }
        }
        text = CURRENCY.matcher(text).replaceAll("").strip();
        double value = number(text, typed) * multiplier;
        if (unit == Unit.PERCENT && (percentSign || Math.abs(value) > 1)) {
            return value / 100;
        }
        if (unit == Unit.POINTS) {
            return value / 100;
        }
        return value;
    }

    private static String normalised(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return typed.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-')
                .replace("×", "").replaceAll("(?i)x$", "").strip();
    }

    private String unitWords(Unit unit) {
        return switch (unit) {
            case POINTS -> words("parse.points");
            case MONTHS -> words("parse.months");
            case YEARS -> words("parse.years");
            case HOURS -> "h|std\\.?";
            default -> "";
        };
    }

    /** A bundle's words, English's too (a German user may type "24k" or "5 pts"), as a regular expression. */
    private String words(String key) {
        String own = texts.text(key);
        String english = FigureTexts.of(Locale.ROOT).text(key);
        StringBuilder alternatives = new StringBuilder();
        for (String word : (own + "|" + english).split("\\|")) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(word));
        }
        return alternatives.toString();
    }

    /**
     * The number with the locale's marks. Both marks present: the last one is the decimal mark. Only the grouping
     * mark of the locale, once and followed by exactly three digits: grouping ("24.000" in German); otherwise it
     * is a decimal mark pasted from another locale ("0.18" in German). A mark that occurs more than once groups.
     */
    private double number(String text, String typed) {
        String compact = text.replace(" ", "").replace("'", "");
        if (compact.isEmpty()) {
            throw new IllegalArgumentException(texts.text("error.empty"));
        }
        if (!NUMBER.matcher(compact).matches()) {
            throw notANumber(typed);
        }
        int lastDot = compact.lastIndexOf('.');
        int lastComma = compact.lastIndexOf(',');
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (lastDot >= 0 || lastComma >= 0) {
            char mark = lastDot >= 0 ? '.' : ',';
            int at = Math.max(lastDot, lastComma);
            boolean once = compact.indexOf(mark) == at;
            boolean threeDigitsAfter = compact.length() - at - 1 == 3;
            if (!once) {
                decimal = 0;
            } else if (mark == decimalMark || mark != groupingMark) {
                decimal = mark;
            } else {
                decimal = threeDigitsAfter ? 0 : mark;
            }
        } else {
            decimal = 0;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : compact.toCharArray()) {
            if (c == decimal) {
                plain.append('.');
            } else if (c != '.' && c != ',') {
                plain.append(c);
            }
        }
        try {
            return Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            throw notANumber(typed);
        }
    }

    private IllegalArgumentException notANumber(String typed) {
        return new IllegalArgumentException(texts.text("error.notANumber", EchoedText.of(typed.strip())));
    }
}
