package dev.hourglass.io.csv;

import java.text.DecimalFormatSymbols;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What a locale says when a file's values leave it open: whether dates put the month before the day, and whether
 * the decimal mark is a comma. Taken from the locale's own short date pattern and number symbols, each looked up the
 * first time it is asked for: most files leave neither open, and the lookups load the JDK's locale data (about 8 ms
 * of a command-line run).
 */
final class LocaleConventions {
    private final Locale locale;
    private Boolean monthFirst;
    private Boolean decimalComma;

    private LocaleConventions(Locale locale) {
        this.locale = locale;
    }

    static LocaleConventions of(Locale locale) {
        return new LocaleConventions(locale);
    }

    boolean monthFirst() {
        if (monthFirst == null) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
            int month = pattern.indexOf('M');
            int day = pattern.indexOf('d');
            monthFirst = month >= 0 && day >= 0 && month < day;
        }
        return monthFirst;
    }

    boolean decimalComma() {
        if (decimalComma == null) {
            decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        }
        return decimalComma;
    }

    /** "the computer's locale, en_US" */
    String because() {
        return "the computer's locale, " + locale;
    }
}
