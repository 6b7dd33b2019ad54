package dev.hourglass.store;

import dev.hourglass.model.plan.PlanReport;
import java.time.Instant;

/** A revenue plan kept in the workbook under a name (a budget to hold the actuals against), as it was saved. */
public record PlanVersion(long id, String name, Instant savedAt, String scenario, PlanReport report) {
}
