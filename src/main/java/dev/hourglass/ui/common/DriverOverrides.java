package dev.hourglass.ui.common;

import dev.hourglass.model.scenario.Driver;
import java.util.OptionalDouble;

/**
 * How a section's grid learns which of its driver rows override the scenario's business drivers, and resets one.
 * A grid without it shows every row as the section's own.
 */
public interface DriverOverrides {
    /** The scenario's own value of the driver; empty when the scenario does not set it. */
    OptionalDouble scenarioValue(Driver driver);

    /** True when the section holds its own value of the driver instead of reading the scenario's. */
    boolean overridden(Driver driver);

    /** Makes the section read the scenario's value again, as one undoable edit. */
    void reset(Driver driver);
}
