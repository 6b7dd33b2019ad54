package dev.hourglass.model.uniteconomics;

/**
 * The expected monthly gross profit of one acquired customer: survival × price × discount (metrics.md §1).
 * Month k runs from 1 to the horizon.
 */
public final class CustomerCurve {
    private static final int MONTHS_PER_YEAR = 12;

    private CustomerCurve() {
    }

    /** Probability that the customer is still billed in each month; index 0 is month 1. */
    public static double[] survival(UnitEconomicsInputs in) {
        double[] s = new double[in.horizonMonths()];
        double firstYearChurn = in.effectiveFirstYearLogoChurn();
        double steadyChurn = in.annualLogoChurn();
        if (in.billing() == Billing.MONTHLY) {
            double firstYearKeep = Math.pow(1 - firstYearChurn, 1.0 / MONTHS_PER_YEAR);
            double steadyKeep = Math.pow(1 - steadyChurn, 1.0 / MONTHS_PER_YEAR);
            double alive = 1;
            for (int k = 1; k <= s.length; k++) {
                s[k - 1] = alive;
                alive *= k <= MONTHS_PER_YEAR ? firstYearKeep : steadyKeep;
            }
        } else {
            double alive = 1;
            for (int k = 1; k <= s.length; k++) {
                if (k > 1 && (k - 1) % MONTHS_PER_YEAR == 0) {
                    alive *= k == MONTHS_PER_YEAR + 1 ? 1 - firstYearChurn : 1 - steadyChurn;
                }
                s[k - 1] = alive;
            }
        }
        return s;
    }

    /** Expected gross profit in each month, gp(k) = mgp · S(k) · P(k) · D(k); index 0 is month 1. */
    public static double[] monthlyGrossProfit(UnitEconomicsInputs in) {
        double mgp = monthlyGrossProfitAtFullPrice(in);
        double[] survival = survival(in);
        double[] gp = new double[survival.length];
        double monthlyDiscount = Math.pow(1 + in.annualDiscountRate(), -1.0 / MONTHS_PER_YEAR);
        double price = 1;
        double discount = 1;
        for (int k = 1; k <= gp.length; k++) {
            if (k > 1 && (k - 1) % MONTHS_PER_YEAR == 0) {
                price *= 1 + in.annualExpansion();
            }
            gp[k - 1] = mgp * survival[k - 1] * price * discount;
            discount *= monthlyDiscount;
        }
        return gp;
    }

    /** Running sum of {@link #monthlyGrossProfit}: cumGp(m) at index m − 1. */
    public static double[] cumulativeGrossProfit(UnitEconomicsInputs in) {
        double[] cum = monthlyGrossProfit(in);
        for (int i = 1; i < cum.length; i++) {
            cum[i] += cum[i - 1];
        }
        return cum;
    }

    /** mgp = acv / 12 · grossMargin. */
    public static double monthlyGrossProfitAtFullPrice(UnitEconomicsInputs in) {
        return in.acv() * in.grossMargin() / MONTHS_PER_YEAR;
    }
}
