package dev.hourglass.io.csv;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header names that are months ("Jan 2024", "January 2024", "Mar-24", "2024-01", "01/2024", and a spreadsheet's
 * date cell, read as "2024-01-01"): a sheet with one column per month, as finance teams keep MRR and accounting tools
 * report revenue by customer, rather than the ledger's one row per customer and month. Looked at only when a ledger
 * has no month column.
 */
final class MonthColumns {
    /** A sheet needs this many month columns to be read as one: a single month-like name is a column of its own. */
    static final int FEWEST = 2;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12));

    private MonthColumns() {
    }

    /**
     * The patterns, compiled at the first header name asked about: the export presets' warm-up asks with an empty
     * header on every command line run, which otherwise compiled them (and loaded java.util.regex) for nothing.
     */
    private static final class Patterns {
        /** English month names and the German ones that differ (Mär or Mrz, Mai, Okt, Dez): a German user's sheet. */
        private static final Pattern NAMED = Pattern.compile("(?iu)(jan|feb|mar|mär|mrz|apr|may|mai|jun|jul|aug|sep"
                + "|oct|okt|nov|dec|dez)[a-zä]*\\.?[ '\\-]*(\\d{2}|\\d{4})");
        private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:-(\\d{2}))?");
        private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    }

    /** The header names that are months, in order. */
    static List<String> of(List<String> header) {
        return header.stream().filter(name -> month(name) != null).toList();
    }

    /** Whether a header's columns are months enough to be a sheet of MRR by month ({@link #FEWEST}). */
    static boolean isSheet(List<String> header) {
        return of(header).size() >= FEWEST;
    }

    /** The indexes of the columns that are months, in order. */
    static List<Integer> columns(List<String> header) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (month(header.get(i)) != null) {
                columns.add(i);
            }
        }
        return columns;
    }

    /** The month a header name stands for, or null; a two-digit year is this century's. */
    static YearMonth month(String name) {
        String text = name.strip();
        Matcher named = Patterns.NAMED.matcher(text);
        if (named.matches()) {
            return of(year(named.group(2)), MONTHS.get(named.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher yearFirst = Patterns.YEAR_FIRST.matcher(text);
        if (yearFirst.matches()) {
            // a date (a spreadsheet's date cell) is its month; only with '-', as ISO writes it
            if (yearFirst.group(3) != null && (!text.startsWith("-", 4) || Integer.parseInt(yearFirst.group(3)) > 31)) {
                return null;
            }
            return of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)));
        }
        Matcher monthFirst = Patterns.MONTH_FIRST.matcher(text);
        if (monthFirst.matches()) {
            return of(Integer.parseInt(monthFirst.group(2)), Integer.parseInt(monthFirst.group(1)));
        }
        return null;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static YearMonth of(int year, int month) {
        return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }
}
