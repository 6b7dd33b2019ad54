package dev.hourglass.io.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parsing of CSV field values; each method returns null when the text is not a valid value. They read the
 * characters in place (a field of {@link CsvRow} or a string) and ignore surrounding white space.
 */
public final class FieldParsers {
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA = 1L << 53;
    /** About 22 years of days, one slot each (see {@link #cachedDate}). */
    private static final LocalDate[] DATES = new LocalDate[1 << 13];
    /** About 85 years of months, one slot each (see {@link #cachedMonth}). */
    private static final YearMonth[] MONTHS = new YearMonth[1 << 10];
    private static final String[] TRUE_WORDS = {"true", "yes", "y", "1"};
    private static final String[] FALSE_WORDS = {"false", "no", "n", "0"};

    private FieldParsers() {
    }

    /**
     * Whether the text is written {@code YYYY-MM-DD} or {@code YYYY-MM}, digits and dashes only: of the built-in
     * date readings only ISO's can read it, and it is no amount (IsoShapeTest), so detection asks nothing more.
     */
    static boolean isIsoShaped(CharSequence text) {
        int length = text.length();
        if (length != 10 && length != 7) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A plain number: digits with an optional sign, decimal point and exponent; no thousands separators. */
    public static Double number(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        if (from == to) {
            return null;
        }
        Double fast = simpleDecimal(text, from, to, '.');
        if (fast != null) {
            return fast;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            double v = Double.parseDouble(text.subSequence(from, to).toString());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * An amount as exports write it, {@code decimalMark} being {@code .} or {@code ,}: plain numbers as
     * {@link #number} (on its fast path), and {@code $1,200.50}, {@code 1.200,50 €}, {@code 1 200,50},
     * {@code USD 1200}, {@code (300)} = -300, {@code -$300}. A percentage is not an amount (null).
     */
    public static Double amount(CharSequence text, char decimalMark) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        if (from == to) {
            return null;
        }
        Double fast = simpleDecimal(text, from, to, decimalMark);
        if (fast != null) {
            return fast;
        }
        if (decimalMark == '.') {
            Double plain = number(text);
            if (plain != null) {
                return plain;
            }
        }
        return AmountText.parse(text, from, to, decimalMark);
    }

    /** {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}, any case; null for anything else. */
    public static Boolean bool(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        for (int i = 0; i < TRUE_WORDS.length; i++) {
            if (equalsIgnoringCase(text, from, to, TRUE_WORDS[i])) {
                return Boolean.TRUE;
            }
            if (equalsIgnoringCase(text, from, to, FALSE_WORDS[i])) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private static boolean equalsIgnoringCase(CharSequence text, int from, int to, String lowerCase) {
        if (to - from != lowerCase.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.toLowerCase(text.charAt(i)) != lowerCase.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [-]digits[.digits]} (the decimal mark given) with at most 15 digits, exactly as {@link Double#parseDouble} would round it: the
     * digits and the power of ten are both exact doubles, so one division rounds correctly. Null for anything
     * else, which then takes the general path.
     */
    private static Double simpleDecimal(CharSequence text, int from, int to, char decimalMark) {
        int i = from;
        boolean negative = text.charAt(i) == '-';
        if (negative || text.charAt(i) == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (++digits > 15) {
                    return null;
                }
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalMark && decimals < 0) {
                decimals = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || mantissa >= EXACT_MANTISSA) {
            return null;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    /**
     * {@link #amount}'s first step for ASCII bytes (each byte its character): the value when the trimmed text is a
     * simple decimal, else NaN (the text then takes {@link #amount}'s other steps). A primitive, so a million-row
     * read makes no {@code Double} a row.
     */
    static double simpleAmount(byte[] bytes, int from, int to, char decimalMark) {
        while (from < to && CsvRow.isAsciiWhitespace(bytes[from])) {
            from++;
        }
        while (to > from && CsvRow.isAsciiWhitespace(bytes[to - 1])) {
            to--;
        }
        if (from == to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = bytes[i] == '-';
        if (negative || bytes[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < to; i++) {
            int c = bytes[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (++digits > 15) {
                    return Double.NaN;
                }
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalMark && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || mantissa >= EXACT_MANTISSA) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    /** {@link #date(CharSequence)} for ASCII bytes. */
    static LocalDate date(byte[] bytes, int from, int to) {
        while (from < to && CsvRow.isAsciiWhitespace(bytes[from])) {
            from++;
        }
        while (to > from && CsvRow.isAsciiWhitespace(bytes[to - 1])) {
            to--;
        }
        int length = to - from;
        if (length < 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-'
                || (length > 10 && bytes[from + 10] != 'T' && bytes[from + 10] != ' ')) {
            return null;
        }
        int year = digits(bytes, from, from + 4);
        int month = digits(bytes, from + 5, from + 7);
        int day = digits(bytes, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return cachedDate(year, month, day);
    }

    /** {@link #month(CharSequence)} for ASCII bytes. */
    static YearMonth month(byte[] bytes, int from, int to) {
        int first = from;
        int last = to;
        while (first < last && CsvRow.isAsciiWhitespace(bytes[first])) {
            first++;
        }
        while (last > first && CsvRow.isAsciiWhitespace(bytes[last - 1])) {
            last--;
        }
        if (last - first == 7 && bytes[first + 4] == '-') {
            int year = digits(bytes, first, first + 4);
            int month = digits(bytes, first + 5, first + 7);
            if (year < 0 || month < 1 || month > 12) {
                return null;
            }
            return cachedMonth(year, month);
        }
        LocalDate date = date(bytes, from, to);
        return date == null ? null : monthOf(date);
    }

    private static int digits(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An ISO date {@code YYYY-MM-DD}; a date-time keeps its date. */
    public static LocalDate date(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        int length = to - from;
        if (length < 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-'
                || (length > 10 && text.charAt(from + 10) != 'T' && text.charAt(from + 10) != ' ')) {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return cachedDate(year, month, day);
    }

    /**
     * The date, shared with earlier calls for the same day: a million-row export repeats a few thousand dates three
     * times a row, and making each anew was a tenth of the read. Dates are immutable, so the racy cache is safe:
     * a slot holds a whole date or another one, and the fields are compared before it is used.
     */
    static LocalDate cachedDate(int year, int month, int day) {
        int slot = ((year * 13 + month) * 32 + day) & (DATES.length - 1);
        LocalDate cached = DATES[slot];
        if (cached != null && cached.getDayOfMonth() == day && cached.getMonthValue() == month
                && cached.getYear() == year) {
            return cached;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            DATES[slot] = date;
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The month, shared with earlier calls for the same month, as {@link #cachedDate} shares dates: a ledger repeats
     * a few dozen months on every row, and a new one a row was a fifth of the read's garbage.
     */
    private static YearMonth cachedMonth(int year, int month) {
        int slot = (year * 12 + month) & (MONTHS.length - 1);
        YearMonth cached = MONTHS[slot];
        if (cached != null && cached.getMonthValue() == month && cached.getYear() == year) {
            return cached;
        }
        YearMonth value = YearMonth.of(year, month);
        MONTHS[slot] = value;
        return value;
    }

    /** The month of a date, shared as {@link #cachedMonth} shares it. */
    static YearMonth monthOf(LocalDate date) {
        return cachedMonth(date.getYear(), date.getMonthValue());
    }

    /** A month {@code YYYY-MM}, or a date whose month is kept. */
    public static YearMonth month(CharSequence text) {
        int from = firstNonBlank(text);
        int to = lastNonBlank(text, from);
        if (to - from == 7 && text.charAt(from + 4) == '-') {
            int year = digits(text, from, from + 4);
            int month = digits(text, from + 5, from + 7);
            if (year < 0 || month < 1 || month > 12) {
                return null;
            }
            return cachedMonth(year, month);
        }
        LocalDate date = date(text);
        return date == null ? null : monthOf(date);
    }

    private static int firstNonBlank(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonBlank(CharSequence text, int from) {
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when a character is not one. */
    public static int digits(CharSequence s, int from, int to) {
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
