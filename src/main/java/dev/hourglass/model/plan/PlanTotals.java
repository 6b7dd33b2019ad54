package dev.hourglass.model.plan;

/** The plan's totals over all its months (forecast.md §4). */
public record PlanTotals(double newArr, double acquisitionSpend, double leads) {
}
