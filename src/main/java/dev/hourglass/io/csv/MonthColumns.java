package dev.hourglass.io.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The header names that are months ("Jan 2024", "January 2024", "Mar-24", "2024-01", "01/2024"): a sheet with one
 * column per month, as finance teams keep MRR, rather than the ledger's one row per customer and month. Looked at
 * only when a ledger's month column is missing, to say so.
 */
final class MonthColumns {
    private static final Pattern MONTH = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?[ '\\-]*(?:\\d{2}|\\d{4})|\\d{4}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{4}");

    private MonthColumns() {
    }

    static List<String> of(List<String> header) {
        return header.stream().filter(name -> MONTH.matcher(name.strip()).matches()).toList();
    }
}
