package dev.hourglass.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A day as the desktop's language writes it in tables and sentences: "31.03.2026" in German, "Mar 31, 2026" in English. */
public final class DateText {
    private DateText() {
    }

    public static String of(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UiText.language()));
    }
}
