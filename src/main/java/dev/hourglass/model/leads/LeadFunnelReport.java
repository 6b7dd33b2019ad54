package dev.hourglass.model.leads;

import dev.hourglass.model.pipeline.LeadStage;
import java.util.List;

/**
 * The lead funnel of the leads created in a period: its steps (only those the data has), and the same funnel for
 * each source or campaign, ranked by leads (most first, then by name).
 */
public record LeadFunnelReport(List<StepCount> steps, LeadGrouping grouping, List<GroupFunnel> groups) {
    public LeadFunnelReport {
        steps = List.copyOf(steps);
        groups = List.copyOf(groups);
    }

    public long leads() {
        return steps.get(0).count();
    }

    /** The count at a step; -1 when the data has no such step. */
    public long count(LeadStage step) {
        return steps.stream().filter(s -> s.step() == step).mapToLong(StepCount::count).findFirst().orElse(-1);
    }

    public boolean has(LeadStage step) {
        return count(step) >= 0;
    }
}
