package dev.hourglass.model.actuals;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * Trailing-12-month retention at a month (metrics.md §6), over the customers paying 12 months earlier:
 * NRR = their MRR now / their MRR then; GRR the same with each customer's MRR now capped at its MRR then.
 * No data when nobody paid 12 months earlier.
 */
public record TrailingTwelve(YearMonth month, OptionalDouble nrr, OptionalDouble grr) {
}
