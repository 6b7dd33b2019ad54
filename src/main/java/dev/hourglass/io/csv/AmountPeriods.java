package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Amounts written for a period shorter than a year, counted for a year: a CRM such as Close keeps each opportunity's
 * value with its period ({@code value_period}: {@code one_time}, {@code monthly}, {@code annual}), and a monthly
 * value beside an annual one would otherwise make bookings, coverage and win rates mix months with years. A monthly
 * amount counts × 12, a quarterly × 4 ({@link BillingInterval} reads the period); one-time, annual and blank
 * periods, and periods it cannot read, count as written — the latter named in the import report.
 */
final class AmountPeriods {
    private static final Set<String> ONE_TIME = Set.of("one_time", "one-time", "one time", "onetime", "once",
            "one-off", "one off");
    private static final double MONTHS_A_YEAR = 12;
    private final List<String> header;
    private final int amountColumn;
    private final int periodColumn;
    /** The period column to apply, or -1 (see {@link #column()}). */
    private final int applied;
    private long annualised;
    private long unknown;
    private String firstUnknown;

    /** The file's columns of the amount and of its period, -1 where it has none. */
    AmountPeriods(List<String> header, int amountColumn, int periodColumn) {
        this.header = header;
        this.amountColumn = amountColumn;
        this.periodColumn = periodColumn;
        boolean both = periodColumn >= 0 && amountColumn >= 0;
        this.applied = both && !isAnnual(header.get(amountColumn)) ? periodColumn : -1;
    }

    /**
     * The period column to apply, or -1: none when the file has none, or when the amount column already holds a
     * year's value (its name says "annual", as Close's {@code annualized_value} does), which the period would
     * count twice.
     */
    int column() {
        return applied;
    }

    private static boolean isAnnual(String amountHeader) {
        String name = amountHeader.toLowerCase(Locale.ROOT);
        return name.contains("annual") || name.contains("yearly") || name.strip().equals("acv")
                || name.strip().equals("arr");
    }

    /** The amount counted for a year, given the text of its period. */
    double forAYear(double amount, String period) {
        String name = period.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || ONE_TIME.contains(name)) {
            return amount;
        }
        Double months = BillingInterval.months(name);
        if (months == null) {
            if (unknown++ == 0) {
                firstUnknown = period.strip();
            }
            return amount;
        }
        if (months >= MONTHS_A_YEAR) {
            return amount;
        }
        annualised++;
        return amount * (MONTHS_A_YEAR / months);
    }

    /** Empty counts for the same columns, for the rows after these. */
    AmountPeriods fresh() {
        return new AmountPeriods(header, amountColumn, periodColumn);
    }

    /** Takes on the counts of the file's second part, read after this one's rows. */
    void add(AmountPeriods later) {
        annualised += later.annualised;
        if (later.unknown > 0 && unknown == 0) {
            firstUnknown = later.firstUnknown;
        }
        unknown += later.unknown;
    }

    /** What the import report says about the periods: nothing when the file has no period column. */
    List<Detection> detections() {
        List<Detection> found = new ArrayList<>();
        if (periodColumn < 0 || amountColumn < 0) {
            return found;
        }
        String period = header.get(periodColumn);
        String amount = header.get(amountColumn);
        if (applied < 0) {
            found.add(Detection.of(Detection.Code.AMOUNT_PERIOD_NOT_APPLIED, String.format(Locale.ROOT,
                    "'%s' holds a year's value already, so '%s' does not change it", amount, period), amount, period));
            return found;
        }
        found.add(Detection.of(Detection.Code.AMOUNTS_ANNUALISED, String.format(Locale.ROOT,
                "'%s' gives each amount's period: %,d amount%s of a shorter period counted for a year (a monthly one"
                        + " × 12, a quarterly one × 4); one-time and annual amounts as written", period, annualised,
                annualised == 1 ? "" : "s"), period, annualised));
        if (unknown > 0) {
            found.add(Detection.of(Detection.Code.AMOUNT_PERIODS_UNKNOWN, String.format(Locale.ROOT,
                    "%,d amount%s with a period '%s' cannot tell (e.g. '%s') counted as written: use monthly, "
                            + "quarterly, annual or one_time", unknown, unknown == 1 ? "" : "s", period, firstUnknown),
                    period, unknown, firstUnknown));
        }
        return found;
    }
}
