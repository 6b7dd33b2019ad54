package dev.hourglass.ui.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * A day or a month as the desktop's language writes it in tables and sentences: "31.03.2026" and "Feb. 2023" in
 * German, "Mar 31, 2026" and "Feb 2023" in English.
 */
public final class DateText {
    private static final String SHORT_MONTH = "MMM yyyy";
    private static final String LONG_MONTH = "MMMM yyyy";
    private DateText() {
    }

    public static String of(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UiText.language()));
    }

    public static String of(YearMonth month) {
        return month.format(monthForm(SHORT_MONTH));
    }

    /**
     * A month as typed: the language's form ("Feb. 2023", "Februar 2023", case and the abbreviation's dot as the user
     * likes) or ISO ("2023-02"); empty when it is neither.
     */
    public static Optional<YearMonth> month(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter form : List.of(DateTimeFormatter.ofPattern("uuuu-MM"), monthForm(SHORT_MONTH),
                monthForm(LONG_MONTH))) {
            for (String candidate : List.of(text, withDot(text), text.replace(".", ""))) {
                try {
                    return Optional.of(YearMonth.parse(candidate, form));
                } catch (DateTimeParseException notThisForm) {
                    // the next form may read it
                }
            }
        }
        return Optional.empty();
    }

    /** "Feb 2023" as "Feb. 2023": the German abbreviations end with a dot the user may leave out. */
    private static String withDot(String text) {
        int space = text.indexOf(' ');
        return space > 0 && text.charAt(space - 1) != '.' ? text.substring(0, space) + "." + text.substring(space) : text;
    }

    private static DateTimeFormatter monthForm(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(UiText.language());
    }
}
