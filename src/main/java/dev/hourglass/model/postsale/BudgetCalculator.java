package dev.hourglass.model.postsale;

import dev.hourglass.model.Ratios;
import java.util.EnumMap;
import java.util.Map;

/** Budget split pre/post purchase, by dollars and by hours (metrics.md §5). */
public final class BudgetCalculator {
    private BudgetCalculator() {
    }

    public static BudgetResult calculate(BudgetInputs in) {
        Map<RelationshipStage, Double> dollars = new EnumMap<>(RelationshipStage.class);
        Map<RelationshipStage, Double> hours = new EnumMap<>(RelationshipStage.class);
        for (RelationshipStage stage : RelationshipStage.values()) {
            dollars.put(stage, 0.0);
            hours.put(stage, 0.0);
        }
        double preDollars = 0;
        double postDollars = 0;
        double preHours = 0;
        double postHours = 0;
        for (BudgetLine line : in.lines()) {
            dollars.merge(line.stage(), line.dollars(), Double::sum);
            hours.merge(line.stage(), line.hours(), Double::sum);
            if (line.stage().prePurchase()) {
                preDollars += line.dollars();
                preHours += line.hours();
            } else {
                postDollars += line.dollars();
                postHours += line.hours();
            }
        }
        double totalDollars = preDollars + postDollars;
        double totalHours = preHours + postHours;
        return new BudgetResult(Ratios.ratio(preDollars, totalDollars), Ratios.ratio(postDollars, totalDollars),
                Ratios.ratio(preHours, totalHours), Ratios.ratio(postHours, totalHours),
                totalDollars, totalHours, dollars, hours);
    }
}
