package dev.hourglass.model.plan;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * What a month actually did (forecast.md §4, actuals): its ARR bridge from the ledger (MRR × 12; new ARR includes
 * reactivations) and the bookings of the deals closed won in it — empty when there are no deals.
 */
public record ActualMonth(YearMonth month, double closingArr, double newArr, double churned, double contracted,
                          double expanded, OptionalDouble bookings) {
}
