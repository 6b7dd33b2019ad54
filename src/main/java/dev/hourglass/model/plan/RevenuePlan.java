package dev.hourglass.model.plan;

import java.util.List;

/** The revenue plan month by month (forecast.md §4), first month first. */
public record RevenuePlan(List<PlanMonth> months, PlanTotals totals) {
    public RevenuePlan {
        months = List.copyOf(months);
    }
}
