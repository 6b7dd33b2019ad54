package dev.hourglass.model.plan;

import java.util.List;

/**
 * A revenue plan with what it was made of: the inputs and goal, the months, each source's funnel per month, the
 * pipeline the first sales cycle needs before the plan starts, and where every rate came from.
 *
 * @param newArr how much new ARR each month books
 */
public record PlanReport(PlanInputs inputs, PlanGoal goal, NewArrRule newArr, RevenuePlan plan,
                         List<SourceMonth> bySource, double pipelineBeforeStart, List<PlanNote> notes) {
    public PlanReport {
        bySource = List.copyOf(bySource);
        notes = List.copyOf(notes);
    }

    /** The plan of these inputs and goal, worked out. */
    public static PlanReport of(PlanInputs inputs, PlanGoal goal, List<PlanNote> notes) {
        NewArrRule newArr = RevenuePlanner.newArr(inputs, goal);
        RevenuePlan plan = RevenuePlanner.months(inputs, inputs.start(), inputs.months(), inputs.openingArr(), newArr);
        return new PlanReport(inputs, goal, newArr, plan, RevenuePlanner.sources(inputs, plan),
                RevenuePlanner.pipelineBeforeStart(inputs, plan), notes);
    }
}
