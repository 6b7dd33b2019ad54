package dev.hourglass.model.uniteconomics;

import dev.hourglass.model.Ratios;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** CAC payback and LTV of one acquired customer (metrics.md §1). */
public final class UnitEconomicsCalculator {
    private UnitEconomicsCalculator() {
    }

    public static UnitEconomicsResult calculate(UnitEconomicsInputs in) {
        double mgp = CustomerCurve.monthlyGrossProfitAtFullPrice(in);
        double[] cum = CustomerCurve.cumulativeGrossProfit(in);
        double ltv = cum[cum.length - 1];
        List<Double> cumulative = new ArrayList<>(cum.length);
        for (double v : cum) {
            cumulative.add(v);
        }
        return new UnitEconomicsResult(
                in.acv() * in.grossMargin(),
                mgp,
                Ratios.ratio(in.cac(), mgp),
                paybackMonth(cum, in.cac()),
                ltv,
                Ratios.ratio(ltv, in.cac()),
                Ratios.ratio(in.acv() * in.grossMargin(), in.annualLogoChurn()),
                Ratios.ratio(1, in.annualLogoChurn()),
                cumulative);
    }

    /** The first month whose cumulative gross profit covers CAC, or empty when none within the horizon. */
    public static OptionalInt paybackMonth(double[] cumulativeGrossProfit, double cac) {
        for (int m = 0; m < cumulativeGrossProfit.length; m++) {
            if (cumulativeGrossProfit[m] >= cac) {
                return OptionalInt.of(m + 1);
            }
        }
        return OptionalInt.empty();
    }
}
