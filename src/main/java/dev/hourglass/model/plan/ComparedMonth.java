package dev.hourglass.model.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One month of plan vs actuals (Actuals / Budget / Reforecast): the plan, what actually happened where the ledger
 * has the month, and the re-forecast for a month after the last actual.
 */
public record ComparedMonth(PlanMonth plan, Optional<ActualMonth> actual, Optional<PlanMonth> reforecast) {

    /** Actual − plan of closing ARR, new ARR, churn, expansion and (with deals) bookings, in that order. */
    public Map<String, Variance> variance() {
        Map<String, Variance> variance = new LinkedHashMap<>();
        actual.ifPresent(a -> {
            variance.put("closingArr", Variance.of(a.closingArr(), plan.closingArr()));
            variance.put("newArr", Variance.of(a.newArr(), plan.newArr()));
            variance.put("churned", Variance.of(a.churned(), plan.churned()));
            variance.put("expanded", Variance.of(a.expanded(), plan.expanded()));
            a.bookings().ifPresent(b -> variance.put("bookings", Variance.of(b, plan.bookings())));
        });
        return variance;
    }
}
