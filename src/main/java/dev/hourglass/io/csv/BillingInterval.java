package dev.hourglass.io.csv;

import java.util.Locale;
import java.util.Map;

/**
 * A billing interval's length in months: {@code month}, {@code quarter}, {@code year}, {@code week}, {@code day}
 * (with their -ly and plural forms, any case) or a number of months. A month is 4.345 weeks (52.14 / 12) and
 * 30.4375 days (365.25 / 12), so weekly and daily prices turn into the MRR they bring over a year.
 */
final class BillingInterval {
    static final String EXPECTED = "month, quarter, year, week, day or a number of months";
    private static final double WEEKS_PER_MONTH = 4.345;
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final Map<String, Double> MONTHS_BY_NAME = Map.ofEntries(
            Map.entry("month", 1.0), Map.entry("months", 1.0), Map.entry("monthly", 1.0),
            Map.entry("quarter", 3.0), Map.entry("quarters", 3.0), Map.entry("quarterly", 3.0),
            Map.entry("year", 12.0), Map.entry("years", 12.0), Map.entry("yearly", 12.0),
            Map.entry("annual", 12.0), Map.entry("annually", 12.0),
            Map.entry("week", 1 / WEEKS_PER_MONTH), Map.entry("weeks", 1 / WEEKS_PER_MONTH),
            Map.entry("weekly", 1 / WEEKS_PER_MONTH),
            Map.entry("day", 1 / DAYS_PER_MONTH), Map.entry("days", 1 / DAYS_PER_MONTH),
            Map.entry("daily", 1 / DAYS_PER_MONTH));

    private BillingInterval() {
    }

    /** The interval's length in months, or null when the text is none of the names nor a positive number. */
    static Double months(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        Double months = MONTHS_BY_NAME.get(name);
        if (months != null) {
            return months;
        }
        Double number = FieldParsers.number(name);
        return number != null && number > 0 ? number : null;
    }
}
