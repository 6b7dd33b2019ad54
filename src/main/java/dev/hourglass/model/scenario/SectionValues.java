package dev.hourglass.model.scenario;

/**
 * Takes a section's values of the drivers it reads, as a version-1 file or an edit gives them: a value for a driver
 * the scenario does not set yet defines it, one equal to the scenario's refers to it, any other is an override.
 */
final class SectionValues {
    private Drivers drivers;
    private Overrides overrides = Overrides.NONE;

    SectionValues(Drivers drivers) {
        this.drivers = drivers;
    }

    SectionValues take(Driver driver, double value) {
        var current = drivers.value(driver);
        if (current.isEmpty()) {
            drivers = drivers.with(driver, value);
        } else if (Double.compare(current.getAsDouble(), value) != 0) {
            overrides = overrides.with(driver, value);
        }
        return this;
    }

    Drivers drivers() {
        return drivers;
    }

    Overrides overrides() {
        return overrides;
    }
}
