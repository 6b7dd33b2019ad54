package dev.hourglass.ui.common;

import dev.hourglass.model.scenario.DriverRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A driver range as a grid cell shows and takes it: {@code 15 % to 22 %} (uniform) or {@code 15 % / 18 % / 22 %}
 * (low / likely / high, triangular). Each part is a number as the grid takes one (English or German style); the word
 * between the ends may be the grid's language's or English.
 */
final class RangeText {
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private RangeText() {
    }

    /** The typed parts of a range; empty when the text is one value. */
    static Optional<List<String>> parts(String typed) {
        String text = typed.strip();
        List<String> slashed = List.of(SLASH.split(text, -1));
        if (slashed.size() == 3) {
            return Optional.of(slashed);
        }
        Pattern to = Pattern.compile("(?iu)\\s+(?:to|" + Pattern.quote(UiText.text("range.to")) + ")\\s+");
        List<String> ends = List.of(to.split(text, -1));
        return ends.size() == 2 ? Optional.of(ends) : Optional.empty();
    }

    /** Parses typed parts into a range: two are a uniform range, three low / likely / high. */
    static DriverRange parse(List<String> parts, InputKind kind, Locale locale) {
        double low = kind.parse(parts.get(0), locale);
        if (parts.size() == 2) {
            return DriverRange.uniform(low, kind.parse(parts.get(1), locale));
        }
        return DriverRange.triangular(low, kind.parse(parts.get(1), locale), kind.parse(parts.get(2), locale));
    }

    static String format(DriverRange range, InputKind kind, Locale locale) {
        if (range.uniform()) {
            return kind.format(range.low(), locale) + " " + UiText.text("range.to") + " " + kind.format(range.high(), locale);
        }
        return kind.format(range.low(), locale) + " / " + kind.format(range.likely(), locale) + " / "
                + kind.format(range.high(), locale);
    }

    /** The cell's tooltip: what the range is and which value the figures use. */
    static String note(DriverRange range, InputKind kind, Locale locale) {
        return range.uniform()
                ? UiText.text("range.tip.uniform", kind.format(range.low(), locale), kind.format(range.high(), locale),
                        kind.format(range.likely(), locale))
                : UiText.text("range.tip.triangular", kind.format(range.low(), locale),
                        kind.format(range.likely(), locale), kind.format(range.high(), locale));
    }
}
