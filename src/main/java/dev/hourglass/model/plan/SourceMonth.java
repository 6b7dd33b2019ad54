package dev.hourglass.model.plan;

import java.time.YearMonth;

/**
 * One lead source's share of a plan month's funnel: the new customers it is to win one sales cycle later and the
 * SALs, SQLs, MQLs and leads and spend that takes this month. Counts unrounded; NaN where a rate is unknown.
 */
public record SourceMonth(YearMonth month, String source, double newCustomers, double sals, double sqls, double mqls,
                          double leads, double acquisitionSpend) {
}
