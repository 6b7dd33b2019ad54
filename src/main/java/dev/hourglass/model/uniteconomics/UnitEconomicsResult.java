package dev.hourglass.model.uniteconomics;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The outputs of metrics.md §1.
 *
 * @param paybackMonth empty when CAC is not paid back within the horizon
 * @param ltvToCac empty when CAC is 0
 * @param steadyStateLtv empty when churn is 0 (the customer never leaves)
 * @param averageLifetimeYears empty when churn is 0
 * @param cumulativeGrossProfit cumGp(m) for m = 1 .. horizonMonths
 */
public record UnitEconomicsResult(
        double yearOneGrossProfit,
        double monthlyGrossProfit,
        OptionalDouble simplePaybackMonths,
        OptionalInt paybackMonth,
        double ltv,
        OptionalDouble ltvToCac,
        OptionalDouble steadyStateLtv,
        OptionalDouble averageLifetimeYears,
        List<Double> cumulativeGrossProfit) {

    public UnitEconomicsResult {
        cumulativeGrossProfit = List.copyOf(cumulativeGrossProfit);
    }
}
