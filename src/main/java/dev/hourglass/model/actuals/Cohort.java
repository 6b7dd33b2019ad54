package dev.hourglass.model.actuals;

import java.time.YearMonth;
import java.util.List;

/**
 * The customers whose first month with MRR is {@code cohort} (metrics.md §6). Element k of each curve is age k
 * months: revenue retention = the cohort's MRR then / its starting MRR; logo retention = customers still paying /
 * size. Both start at 1.
 */
public record Cohort(YearMonth cohort, int size, double startMrr, List<Double> revenueRetention,
                     List<Double> logoRetention) {
    public Cohort {
        revenueRetention = List.copyOf(revenueRetention);
        logoRetention = List.copyOf(logoRetention);
    }
}
