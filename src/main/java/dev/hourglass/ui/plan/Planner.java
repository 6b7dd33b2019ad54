package dev.hourglass.ui.plan;

import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.PlanVersion;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Makes the revenue plan of a scenario (with the workbook's imported data, in the app). */
public interface Planner {
    PlanReport plan(Scenario scenario, PlanQuestion question) throws Exception;

    /** The month a plan starts at unless the user says otherwise: this month, without actuals that say better. */
    default YearMonth defaultStart(YearMonth thisMonth) throws Exception {
        return thisMonth;
    }

    /** The plan's months beside what actually happened; no actual month without actuals. */
    default List<ComparedMonth> againstActuals(PlanReport report) throws Exception {
        return report.plan().months().stream().map(m -> new ComparedMonth(m, Optional.empty(), Optional.empty())).toList();
    }

    /** The plans kept in the workbook, oldest first. */
    List<PlanVersion> versions() throws Exception;

    /** Keeps the plan under a name; a name already taken is refused with the store's message. */
    PlanVersion saveVersion(String name, String scenario, PlanReport report) throws Exception;
}
