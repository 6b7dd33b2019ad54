package dev.hourglass.io.csv;

import java.text.DecimalFormatSymbols;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What a locale says when a file's values leave it open: whether dates put the month before the day, and whether
 * the decimal mark is a comma. Taken from the locale's own short date pattern and number symbols.
 */
record LocaleConventions(String name, boolean monthFirst, boolean decimalComma) {

    static LocaleConventions of(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        int month = pattern.indexOf('M');
        int day = pattern.indexOf('d');
        boolean monthFirst = month >= 0 && day >= 0 && month < day;
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        return new LocaleConventions(locale.toString(), monthFirst, decimalComma);
    }

    /** "the computer's locale, en_US" */
    String because() {
        return "the computer's locale, " + name;
    }
}
