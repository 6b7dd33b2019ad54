package dev.hourglass.model.leads;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The lead funnel by source or campaign (imports.md §5): leads counted by created date within the period (all of
 * them without one); a lead counts at every step up to the furthest it reached.
 */
public final class LeadFunnelAnalysis {
    private LeadFunnelAnalysis() {
    }

    /** @param period the leads created in it, or null for every lead */
    public static LeadFunnelReport analyse(LeadData data, Period period, LeadGrouping grouping) {
        List<LeadStage> steps = data.orderedSteps();
        long[] total = new long[LeadStage.values().length];
        Map<String, long[]> byGroup = new HashMap<>();
        for (Lead lead : data.leads()) {
            if (period != null && !period.contains(lead.createdDate())) {
                continue;
            }
            long[] group = byGroup.computeIfAbsent(grouping.valueOf(lead), g -> new long[total.length]);
            for (int i = 0; i <= lead.reached().ordinal(); i++) {
                total[i]++;
                group[i]++;
            }
        }
        List<GroupFunnel> groups = new ArrayList<>();
        byGroup.forEach((name, counts) -> {
            List<StepCount> groupSteps = stepCounts(steps, counts);
            groups.add(new GroupFunnel(name, groupSteps, conversion(steps, counts)));
        });
        groups.sort(Comparator.comparingLong(GroupFunnel::leads).reversed().thenComparing(GroupFunnel::name));
        return new LeadFunnelReport(stepCounts(steps, total), grouping, groups);
    }

    private static List<StepCount> stepCounts(List<LeadStage> steps, long[] counts) {
        List<StepCount> result = new ArrayList<>(steps.size());
        long leads = counts[LeadStage.LEAD.ordinal()];
        long previous = -1;
        for (LeadStage step : steps) {
            long count = counts[step.ordinal()];
            OptionalDouble stepConversion = previous < 0 ? OptionalDouble.empty() : Ratios.ratio(count, previous);
            OptionalDouble cumulative = step == LeadStage.LEAD ? OptionalDouble.empty() : Ratios.ratio(count, leads);
            result.add(new StepCount(step, count, stepConversion, cumulative));
            previous = count;
        }
        return result;
    }

    private static OptionalDouble conversion(List<LeadStage> steps, long[] counts) {
        return steps.contains(LeadStage.WON)
                ? Ratios.ratio(counts[LeadStage.WON.ordinal()], counts[LeadStage.LEAD.ordinal()])
                : OptionalDouble.empty();
    }
}
