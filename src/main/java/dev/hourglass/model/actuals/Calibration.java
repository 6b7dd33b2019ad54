package dev.hourglass.model.actuals;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the actuals say the assumptions should be (metrics.md §6 feeding §1 and §2): GRR and NRR of the latest
 * trailing-12 month, annual logo churn from the cohorts old enough to have a 12-month figure (weighted by cohort
 * size), and ARR now (last month's MRR × 12). Each is empty when the ledger is too short to say.
 */
public record Calibration(YearMonth asOf, OptionalDouble grr, OptionalDouble nrr, OptionalDouble annualLogoChurn,
                          double arr) {
    private static final int YEAR = 12;

    public static Calibration of(CohortReport report) {
        List<MonthMovement> months = report.months();
        if (months.isEmpty()) {
            throw new IllegalArgumentException("the ledger has no months to calibrate from");
        }
        MonthMovement last = months.get(months.size() - 1);
        OptionalDouble grr = OptionalDouble.empty();
        OptionalDouble nrr = OptionalDouble.empty();
        YearMonth asOf = last.month();
        for (int i = report.trailing12().size() - 1; i >= 0; i--) {
            TrailingTwelve t = report.trailing12().get(i);
            if (t.nrr().isPresent() && t.grr().isPresent()) {
                grr = t.grr();
                nrr = t.nrr();
                asOf = t.month();
                break;
            }
        }
        double customers = 0;
        double kept = 0;
        for (Cohort cohort : report.cohorts()) {
            if (cohort.logoRetention().size() > YEAR) {
                customers += cohort.size();
                kept += cohort.size() * cohort.logoRetention().get(YEAR);
            }
        }
        OptionalDouble churn = customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - kept / customers);
        return new Calibration(asOf, grr, nrr, churn, last.mrr() * YEAR);
    }
}
