package dev.hourglass.model.actuals;

import java.time.YearMonth;

/**
 * One month of the MRR bridge (metrics.md §6): total MRR, paying customers, and how MRR moved since the month
 * before. {@code mrr = previous mrr + newMrr + expansion + reactivation − contraction − churn}.
 */
public record MonthMovement(YearMonth month, double mrr, int customers, double newMrr, double expansion,
                            double contraction, double churn, double reactivation) {
}
