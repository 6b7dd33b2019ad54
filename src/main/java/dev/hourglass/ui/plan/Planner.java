package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.model.scenario.Scenario;

/** Makes the revenue plan of a scenario (with the workbook's data, when the app has them). */
@FunctionalInterface
public interface Planner {
    RevenuePlan plan(Scenario scenario, PlanQuestion question) throws Exception;
}
