package dev.hourglass.ui.session;

import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.ui.common.DriverRanges;
import java.util.Optional;

/** The ranges of the selected scenario's drivers, for the grids where the drivers are typed. */
public final class SelectedDriverRanges implements DriverRanges {
    private final SelectedScenario selected;

    public SelectedDriverRanges(SelectedScenario selected) {
        this.selected = selected;
    }

    @Override
    public Optional<DriverRange> range(Driver driver) {
        return selected.get() == null ? Optional.empty() : selected.get().drivers().range(driver);
    }

    @Override
    public void set(Driver driver, DriverRange range) {
        selected.edit(s -> s.withDrivers(s.drivers().withRange(driver, range)), driver.label() + " range");
    }
}
