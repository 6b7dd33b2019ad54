package dev.hourglass.io.csv;

import java.time.LocalDate;

/** Scanning helpers shared by the date readings: they read characters in place and allocate nothing. */
final class DateTexts {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private DateTexts() {
    }

    static int firstNonBlank(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int lastNonBlank(CharSequence text, int from) {
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The end of the run of ASCII digits starting at {@code i}. */
    static int digitsEnd(CharSequence text, int i, int to) {
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The value of the digits in {@code [from, to)}, which {@link #digitsEnd} found. */
    static int value(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    static int skipSpaces(CharSequence text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * A year of two or four digits; two-digit years are 2000–2069 for 00–69 and 1970–1999 for 70–99 (the POSIX
     * rule), since planning data is recent. -1 for any other number of digits.
     */
    static int year(CharSequence text, int from, int to) {
        int value = value(text, from, to);
        return switch (to - from) {
            case 4 -> value;
            case 2 -> value < 70 ? 2000 + value : 1900 + value;
            default -> -1;
        };
    }

    static LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return FieldParsers.cachedDate(year, month, day);
    }

    /** The month (1–12) an English month name in {@code [from, to)} stands for: "Mar", "March", "Sept"; else 0. */
    static int monthName(CharSequence text, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return 0;
        }
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if ((length == 3 || length == name.length() || m == 8 && length == 4) && length <= name.length()
                    && startsWithIgnoringCase(text, from, to, name)) {
                return m + 1;
            }
        }
        return 0;
    }

    /**
     * Where a date goes on after the weekday a long date format writes first ("Wednesday, March 1, 2017", "Wed 1 Mar
     * 2017"): after the name, an optional comma and at least one space. -1 when the word at {@code from} is no
     * weekday's name, whole or in three letters.
     */
    static int afterWeekday(CharSequence text, int from, int to) {
        int wordEnd = lettersEnd(text, from, to);
        int length = wordEnd - from;
        boolean weekday = false;
        for (String name : WEEKDAYS) {
            if ((length == 3 || length == name.length()) && startsWithIgnoringCase(text, from, wordEnd, name)) {
                weekday = true;
                break;
            }
        }
        if (!weekday) {
            return -1;
        }
        int i = wordEnd < to && text.charAt(wordEnd) == ',' ? wordEnd + 1 : wordEnd;
        int next = skipSpaces(text, i, to);
        return next == i ? -1 : next;
    }

    static int lettersEnd(CharSequence text, int i, int to) {
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWithIgnoringCase(CharSequence text, int from, int to, String lowerCase) {
        for (int i = from; i < to; i++) {
            if (Character.toLowerCase(text.charAt(i)) != lowerCase.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code [i, to)} is nothing or a time after a date: {@code T}, blanks or ", " then
     * {@code H:MM[:SS[.fff]]}, an optional AM/PM and an optional zone ({@code Z}, {@code +01:00}, {@code UTC},
     * {@code GMT+1}).
     */
    static boolean isTimeOrNothing(CharSequence text, int i, int to) {
        if (i == to) {
            return true;
        }
        char c = text.charAt(i);
        if (c == 'T') {
            i++;
        } else if (c == ',' || c == ' ') {
            i = skipSpaces(text, i + 1, to);
        } else {
            return false;
        }
        int end = digitsEnd(text, i, to);
        if (end - i < 1 || end - i > 2 || value(text, i, end) > 24 || end == to || text.charAt(end) != ':') {
            return false;
        }
        i = end + 1;
        end = digitsEnd(text, i, to);
        if (end - i != 2 || value(text, i, end) > 59) {
            return false;
        }
        i = end;
        if (i < to && text.charAt(i) == ':') {
            end = digitsEnd(text, i + 1, to);
            if (end - i - 1 != 2 || value(text, i + 1, end) > 60) {
                return false;
            }
            i = end;
            if (i < to && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
                end = digitsEnd(text, i + 1, to);
                if (end == i + 1) {
                    return false;
                }
                i = end;
            }
        }
        i = skipSpaces(text, i, to);
        i = skipMeridiem(text, i, to);
        i = skipSpaces(text, i, to);
        return isZoneOrNothing(text, i, to);
    }

    private static int skipMeridiem(CharSequence text, int i, int to) {
        if (i < to && "aApP".indexOf(text.charAt(i)) >= 0) {
            int j = i + 1;
            if (j < to && text.charAt(j) == '.') {
                j++;
            }
            if (j < to && (text.charAt(j) == 'm' || text.charAt(j) == 'M')) {
                j++;
                if (j < to && text.charAt(j) == '.') {
                    j++;
                }
                return j;
            }
        }
        return i;
    }

    private static boolean isZoneOrNothing(CharSequence text, int i, int to) {
        if (i < to && text.charAt(i) == 'Z') {
            return i + 1 == to;
        }
        int letters = lettersEnd(text, i, to);
        if (letters - i > 5) {
            return false;
        }
        i = letters;
        if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            int end = digitsEnd(text, i + 1, to);
            if (end == i + 1 || end - i - 1 > 4) {
                return false;
            }
            i = end;
            if (i < to && text.charAt(i) == ':') {
                end = digitsEnd(text, i + 1, to);
                if (end - i - 1 != 2) {
                    return false;
                }
                i = end;
            }
        }
        return i == to;
    }
}
