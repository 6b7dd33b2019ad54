package dev.hourglass.model.actuals;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the actuals say the assumptions should be (metrics.md §6 feeding §1 and §2): GRR and NRR of the latest
 * trailing-12 month; first-year logo churn = 1 − the share of a cohort still paying at 12 months, and the steady
 * annual logo churn = 1 − (still paying at 24 months ÷ at 12 months), each over the cohorts old enough and
 * weighted by size; ARR now (last month's MRR × 12). Each is empty when the ledger is too short to say.
 *
 * @param annualLogoChurn the steady churn after the first year; when no cohort is two years old, the first-year
 *                        figure stands in for it
 * @param steadyChurnMeasured whether some cohort is two years old, so {@code annualLogoChurn} is the churn after
 *                        year one rather than the first-year figure standing in for it
 */
public record Calibration(YearMonth asOf, OptionalDouble grr, OptionalDouble nrr, OptionalDouble annualLogoChurn,
                          OptionalDouble firstYearLogoChurn, boolean steadyChurnMeasured, double arr) {
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
        OptionalDouble firstYear = churnBetween(report, 0, YEAR);
        OptionalDouble steady = churnBetween(report, YEAR, 2 * YEAR);
        return new Calibration(asOf, grr, nrr, steady.isPresent() ? steady : firstYear, firstYear, steady.isPresent(),
                last.mrr() * YEAR);
    }

    /** 1 − (customers still paying at age {@code to} ÷ at age {@code from}), over the cohorts old enough. */
    private static OptionalDouble churnBetween(CohortReport report, int from, int to) {
        double atStart = 0;
        double atEnd = 0;
        for (Cohort cohort : report.cohorts()) {
            if (cohort.logoRetention().size() > to) {
                atStart += cohort.size() * cohort.logoRetention().get(from);
                atEnd += cohort.size() * cohort.logoRetention().get(to);
            }
        }
        return atStart == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - atEnd / atStart);
    }
}
