package dev.hourglass.io.csv;

import static dev.hourglass.io.csv.DateTexts.afterWeekday;
import static dev.hourglass.io.csv.DateTexts.date;
import static dev.hourglass.io.csv.DateTexts.digitsEnd;
import static dev.hourglass.io.csv.DateTexts.firstNonBlank;
import static dev.hourglass.io.csv.DateTexts.isTimeOrNothing;
import static dev.hourglass.io.csv.DateTexts.lastNonBlank;
import static dev.hourglass.io.csv.DateTexts.lettersEnd;
import static dev.hourglass.io.csv.DateTexts.monthName;
import static dev.hourglass.io.csv.DateTexts.skipSpaces;
import static dev.hourglass.io.csv.DateTexts.value;
import static dev.hourglass.io.csv.DateTexts.year;

import java.time.LocalDate;

/**
 * The date readings detection chooses from (imports.md §3 "Dates"). The numeric ones take one- or two-digit
 * days and months and two- or four-digit years; each takes an optional time after the date.
 */
enum BuiltInDateReading implements DateReading {
    ISO("YYYY-MM-DD", "2017-03-31") {
        @Override
        public LocalDate read(CharSequence text) {
            return FieldParsers.date(text);
        }
    },
    YEAR_MONTH_DAY_SLASH("YYYY/MM/DD", "2017/03/31") {
        @Override
        public LocalDate read(CharSequence text) {
            return yearFirst(text, '/');
        }
    },
    MONTH_DAY_YEAR_SLASH("M/D/YYYY", "3/31/2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return numeric(text, '/', false);
        }
    },
    DAY_MONTH_YEAR_SLASH("D/M/YYYY", "31/3/2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return numeric(text, '/', true);
        }
    },
    MONTH_DAY_YEAR_DASH("M-D-YYYY", "3-31-2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return numeric(text, '-', false);
        }
    },
    DAY_MONTH_YEAR_DASH("D-M-YYYY", "31-3-2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return numeric(text, '-', true);
        }
    },
    DAY_MONTH_YEAR_DOT("D.M.YYYY", "31.3.2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return numeric(text, '.', true);
        }
    },
    MONTH_NAME_DAY_YEAR("Mon D, YYYY", "Mar 31, 2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return monthNameFirst(text);
        }
    },
    DAY_MONTH_NAME_YEAR("D Mon YYYY", "31 Mar 2017") {
        @Override
        public LocalDate read(CharSequence text) {
            return dayBeforeMonthName(text);
        }
    },
    /** Stripe's and Chargebee's API timestamps: 9 or 10 digits, 1973 to 2286; only for a column of a date field. */
    UNIX_SECONDS("Unix time in seconds (UTC)", "1711843200") {
        @Override
        public LocalDate read(CharSequence text) {
            return unixTime(text, 9, 10, 86_400L);
        }
    },
    /** Milliseconds since 1970, 12 or 13 digits; only for a column of a date field. */
    UNIX_MILLISECONDS("Unix time in milliseconds (UTC)", "1711843200000") {
        @Override
        public LocalDate read(CharSequence text) {
            return unixTime(text, 12, 13, 86_400_000L);
        }
    };

    private final String label;
    private final String example;

    BuiltInDateReading(String label, String example) {
        this.label = label;
        this.example = example;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String example() {
        return example;
    }

    /** Whether the reading is a count of seconds or milliseconds, which only a date field's column may be read as. */
    boolean isUnixTime() {
        return this == UNIX_SECONDS || this == UNIX_MILLISECONDS;
    }

    /** The UTC day of a count of {@code fewest} to {@code most} digits, {@code perDay} of them a day. */
    private static LocalDate unixTime(CharSequence text, int fewest, int most, long perDay) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        if (to - from < fewest || to - from > most || digitsEnd(text, from, to) != to) {
            return null;
        }
        long count = 0;
        for (int i = from; i < to; i++) {
            count = count * 10 + (text.charAt(i) - '0');
        }
        return LocalDate.ofEpochDay(count / perDay);
    }

    /** {@code D?M?Y} or {@code M?D?Y} with one separator, one- or two-digit day and month, two- or four-digit year. */
    private static LocalDate numeric(CharSequence text, char separator, boolean dayFirst) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        int firstEnd = digitsEnd(text, from, to);
        if (firstEnd - from < 1 || firstEnd - from > 2 || firstEnd == to || text.charAt(firstEnd) != separator) {
            return null;
        }
        int secondEnd = digitsEnd(text, firstEnd + 1, to);
        if (secondEnd - firstEnd - 1 < 1 || secondEnd - firstEnd - 1 > 2 || secondEnd == to
                || text.charAt(secondEnd) != separator) {
            return null;
        }
        int yearEnd = digitsEnd(text, secondEnd + 1, to);
        int year = year(text, secondEnd + 1, yearEnd);
        if (year < 0 || !isTimeOrNothing(text, yearEnd, to)) {
            return null;
        }
        int first = value(text, from, firstEnd);
        int second = value(text, firstEnd + 1, secondEnd);
        return dayFirst ? date(year, second, first) : date(year, first, second);
    }

    private static LocalDate yearFirst(CharSequence text, char separator) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        int yearEnd = digitsEnd(text, from, to);
        if (yearEnd - from != 4 || yearEnd == to || text.charAt(yearEnd) != separator) {
            return null;
        }
        int monthEnd = digitsEnd(text, yearEnd + 1, to);
        if (monthEnd - yearEnd - 1 < 1 || monthEnd - yearEnd - 1 > 2 || monthEnd == to
                || text.charAt(monthEnd) != separator) {
            return null;
        }
        int dayEnd = digitsEnd(text, monthEnd + 1, to);
        if (dayEnd - monthEnd - 1 < 1 || dayEnd - monthEnd - 1 > 2 || !isTimeOrNothing(text, dayEnd, to)) {
            return null;
        }
        return date(value(text, from, yearEnd), value(text, yearEnd + 1, monthEnd), value(text, monthEnd + 1, dayEnd));
    }

    /** "Mar 1, 2017", "March 1 2017", "Sept. 1, 17". */
    private static LocalDate monthNameFirst(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        int nameEnd = lettersEnd(text, from, to);
        int month = monthName(text, from, nameEnd);
        if (month == 0) {
            int afterWeekday = afterWeekday(text, from, to);
            if (afterWeekday < 0) {
                return null;
            }
            nameEnd = lettersEnd(text, afterWeekday, to);
            month = monthName(text, afterWeekday, nameEnd);
            if (month == 0) {
                return null;
            }
        }
        int i = nameEnd;
        if (i < to && text.charAt(i) == '.') {
            i++;
        }
        int dayStart = skipSpaces(text, i, to);
        if (dayStart == i) {
            return null;
        }
        int dayEnd = digitsEnd(text, dayStart, to);
        if (dayEnd - dayStart < 1 || dayEnd - dayStart > 2) {
            return null;
        }
        i = dayEnd;
        if (i < to && text.charAt(i) == ',') {
            i++;
        }
        int yearStart = skipSpaces(text, i, to);
        if (yearStart == i && text.charAt(i - 1) != ',') {
            return null;
        }
        int yearEnd = digitsEnd(text, yearStart, to);
        int year = year(text, yearStart, yearEnd);
        if (year < 0 || !isTimeOrNothing(text, yearEnd, to)) {
            return null;
        }
        return date(year, month, value(text, dayStart, dayEnd));
    }

    /** "1 Mar 2017", "01-Mar-2017", "1 March 17", "Wed, 1 Mar 2017". */
    private static LocalDate dayBeforeMonthName(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        int dayEnd = digitsEnd(text, from, to);
        if (dayEnd == from) {
            from = afterWeekday(text, from, to);
            if (from < 0) {
                return null;
            }
            dayEnd = digitsEnd(text, from, to);
        }
        if (dayEnd - from < 1 || dayEnd - from > 2 || dayEnd == to) {
            return null;
        }
        char separator = text.charAt(dayEnd);
        if (separator != ' ' && separator != '-') {
            return null;
        }
        int nameStart = separator == ' ' ? skipSpaces(text, dayEnd, to) : dayEnd + 1;
        int nameEnd = lettersEnd(text, nameStart, to);
        int month = monthName(text, nameStart, nameEnd);
        int i = nameEnd;
        if (month == 0) {
            return null;
        }
        if (i < to && text.charAt(i) == '.') {
            i++;
        }
        if (i == to || text.charAt(i) != separator) {
            return null;
        }
        int yearStart = separator == ' ' ? skipSpaces(text, i, to) : i + 1;
        int yearEnd = digitsEnd(text, yearStart, to);
        int year = year(text, yearStart, yearEnd);
        if (year < 0 || !isTimeOrNothing(text, yearEnd, to)) {
            return null;
        }
        return date(year, month, value(text, from, dayEnd));
    }
}
