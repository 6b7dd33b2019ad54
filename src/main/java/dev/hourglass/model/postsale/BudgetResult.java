package dev.hourglass.model.postsale;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Pre- vs post-purchase shares of the budget (the seed's "95/5"); each share is empty when the total is 0.
 *
 * @param dollarsByStage total dollars per stage, every stage present, in relationship order
 * @param hoursByStage total hours per stage, every stage present, in relationship order
 */
public record BudgetResult(OptionalDouble preDollarsShare, OptionalDouble postDollarsShare,
                           OptionalDouble preHoursShare, OptionalDouble postHoursShare,
                           double totalDollars, double totalHours,
                           Map<RelationshipStage, Double> dollarsByStage, Map<RelationshipStage, Double> hoursByStage) {
    public BudgetResult {
        dollarsByStage = Map.copyOf(dollarsByStage);
        hoursByStage = Map.copyOf(hoursByStage);
    }
}
