package dev.hourglass.model.actuals;

import java.util.List;

/** Actuals from a subscription ledger: the monthly MRR bridge, cohort curves and trailing-12 NRR/GRR. */
public record CohortReport(List<MonthMovement> months, List<Cohort> cohorts, List<TrailingTwelve> trailing12) {
    public CohortReport {
        months = List.copyOf(months);
        cohorts = List.copyOf(cohorts);
        trailing12 = List.copyOf(trailing12);
    }
}
