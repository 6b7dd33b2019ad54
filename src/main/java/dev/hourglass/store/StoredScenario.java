package dev.hourglass.store;

import dev.hourglass.model.scenario.Scenario;
import java.time.Instant;
import java.util.Optional;

/**
 * A scenario as the workbook holds it: its saved inputs, its place in the navigator and, after a crash or before
 * the user saved, the autosaved draft that is newer than the saved inputs.
 */
public record StoredScenario(long id, int position, Scenario scenario, Instant modifiedAt, Optional<Scenario> draft,
                             Optional<Instant> draftSavedAt) {
    public String name() {
        return scenario.name();
    }

    public boolean hasDraft() {
        return draft.isPresent();
    }
}
