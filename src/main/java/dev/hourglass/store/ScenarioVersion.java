package dev.hourglass.store;

import java.time.Instant;

/** One save of a scenario, newest first in {@link Workbook#history(long)}. */
public record ScenarioVersion(long id, long scenarioId, Instant savedAt, String note) {
}
