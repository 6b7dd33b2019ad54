package dev.hourglass.model.plan;

import dev.hourglass.model.Require;

/**
 * Where one of the plan's rates came from, in words ("median 63 days from created to won over 412 won deals"): the
 * plan says what it measured and what it fell back on.
 *
 * @param rate the rate's name as the JSON and the notes call it ("salesCycleMonths")
 */
public record PlanNote(String rate, String origin) {
    public PlanNote {
        Require.notBlank("rate", rate);
        Require.notBlank("origin", origin);
    }
}
