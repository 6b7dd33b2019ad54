package dev.hourglass.ui.common;

import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import java.util.Optional;

/**
 * How a grid whose rows are the scenario's business drivers (unit economics, retention) reads and sets a driver
 * typed as a range (forecast.md §3). A grid without it takes plain numbers only.
 */
public interface DriverRanges {
    Optional<DriverRange> range(Driver driver);

    /** Makes the driver the range, its value the range's likely value, as one undoable edit. */
    void set(Driver driver, DriverRange range);
}
