package dev.hourglass.model.pipeline;

import dev.hourglass.model.Require;

/**
 * The funnel in reverse (metrics.md §4): for a bookings target, wonDeals = target / averageDeal,
 * SALs = wonDeals / closeRate, and so on up to leads. Fractions are kept; round up for display.
 */
public record LeadsNeeded(double wonDeals, double sals, double sqls, double mqls, double leads) {

    /**
     * @param closeRate the share of SALs that are won (a count-based close rate: deals, not dollars)
     * @param salRate   the share of SQLs an AE accepts as SALs
     * @param sqlRate   the share of MQLs that become SQLs
     * @param mqlRate   the share of leads that become MQLs
     */
    public static LeadsNeeded forTarget(double bookingsTarget, double averageDeal, double closeRate, double salRate,
                                        double sqlRate, double mqlRate) {
        Require.nonNegative("bookings target", bookingsTarget);
        Require.positive("average deal", averageDeal);
        rate("close rate", closeRate);
        rate("SQL → SAL rate", salRate);
        rate("MQL → SQL rate", sqlRate);
        rate("lead → MQL rate", mqlRate);
        double won = bookingsTarget / averageDeal;
        double sals = won / closeRate;
        double sqls = sals / salRate;
        double mqls = sqls / sqlRate;
        return new LeadsNeeded(won, sals, sqls, mqls, mqls / mqlRate);
    }

    private static void rate(String field, double value) {
        Require.fraction(field, value);
        Require.positive(field, value);
    }
}
