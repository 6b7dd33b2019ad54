package dev.hourglass.model.leads;

import dev.hourglass.model.pipeline.LeadStage;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The funnel of one source or campaign: its count at each step the data has, and its conversion = won / leads
 * ("no data" without leads, or when the data has no won step).
 */
public record GroupFunnel(String name, List<StepCount> steps, OptionalDouble conversion) {
    public GroupFunnel {
        steps = List.copyOf(steps);
    }

    public long leads() {
        return steps.get(0).count();
    }

    /** The count at a step; -1 when the data has no such step. */
    public long count(LeadStage step) {
        return steps.stream().filter(s -> s.step() == step).mapToLong(StepCount::count).findFirst().orElse(-1);
    }
}
