package dev.hourglass.io.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parsing of CSV field values; each method returns null when the text is not a valid value. */
public final class FieldParsers {
    private FieldParsers() {
    }

    /** A plain number: digits with an optional sign, decimal point and exponent; no thousands separators. */
    public static Double number(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO date {@code YYYY-MM-DD}; a date-time keeps its date. */
    public static LocalDate date(String text) {
        String s = text.strip();
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month {@code YYYY-MM}, or a date whose month is kept. */
    public static YearMonth month(String text) {
        String s = text.strip();
        if (s.length() == 7 && s.charAt(4) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            if (year < 0 || month < 1 || month > 12) {
                return null;
            }
            return YearMonth.of(year, month);
        }
        LocalDate date = date(s);
        return date == null ? null : YearMonth.from(date);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
