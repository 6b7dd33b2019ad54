package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;

/** Makes the revenue plan of a scenario (with the workbook's imported data, in the app). */
@FunctionalInterface
public interface Planner {
    PlanReport plan(Scenario scenario, PlanQuestion question) throws Exception;
}
