package dev.hourglass.model.plan;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.Require;

/**
 * The plan's monthly shares of opening ARR lost to churn and contraction and won by expansion (forecast.md §4).
 */
public record MonthlyRetention(double churn, double contraction, double expansion) {
    public MonthlyRetention {
        Require.fraction("monthly churn", churn);
        Require.fraction("monthly contraction", contraction);
        Require.nonNegative("monthly expansion", Require.finite("monthly expansion", expansion));
        if (churn + contraction > 1) {
            throw new InvalidInputException("monthly contraction",
                    "monthly churn + contraction must not exceed 1, got " + (churn + contraction),
                    Rule.CHURN_AND_CONTRACTION, 1.0, churn + contraction);
        }
    }

    /**
     * The annual rates spread over twelve months: 1 − (1 − annual)^(1/12) for churn and contraction, so twelve
     * months lose the annual share; (1 + annual)^(1/12) − 1 for expansion, so twelve months compound to it.
     */
    public static MonthlyRetention fromAnnual(double annualChurn, double annualContraction, double annualExpansion) {
        Require.fraction("annual churn", annualChurn);
        Require.fraction("annual contraction", annualContraction);
        Require.nonNegative("annual expansion", Require.finite("annual expansion", annualExpansion));
        return new MonthlyRetention(1 - Math.pow(1 - annualChurn, 1.0 / 12), 1 - Math.pow(1 - annualContraction, 1.0 / 12),
                Math.pow(1 + annualExpansion, 1.0 / 12) - 1);
    }

    /** What one ARR dollar at the start of a month is worth at its end before new ARR. */
    public double monthlyFactor() {
        return 1 - churn - contraction + expansion;
    }
}
