package dev.hourglass.model.plan;

import java.time.YearMonth;

/**
 * One month of the revenue plan (forecast.md §4): the ARR bridge of the month and what it takes — bookings, the
 * pipeline created ahead of them, the funnel counts, the spend and the sellers. Money in the scenario's currency,
 * counts unrounded.
 */
public record PlanMonth(YearMonth month, double openingArr, double churned, double contracted, double expanded,
                        double newArr, double closingArr, double bookings, double pipelineCreated, double sals,
                        double sqls, double mqls, double leads, double acquisitionSpend, double postSaleSpend,
                        double sellers) {
}
