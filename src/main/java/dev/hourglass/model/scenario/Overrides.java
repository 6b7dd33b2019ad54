package dev.hourglass.model.scenario;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The drivers a section holds a value of its own for (a channel's ACV, the programme's churn now): an explicit
 * override of the scenario's value, shown as such. A section without overrides reads every driver from the scenario.
 */
public record Overrides(Map<Driver, Double> values) {
    public static final Overrides NONE = new Overrides(Map.of());

    public Overrides {
        Objects.requireNonNull(values, "values");
        EnumMap<Driver, Double> copy = new EnumMap<>(Driver.class);
        for (Map.Entry<Driver, Double> entry : values.entrySet()) {
            Driver driver = Require.present("override", entry.getKey());
            double value = Require.present(driver.label(), entry.getValue());
            driver.check(value);
            copy.put(driver, value);
        }
        values = Map.copyOf(copy);
    }

    public OptionalDouble get(Driver driver) {
        Double value = values.get(driver);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean has(Driver driver) {
        return values.containsKey(driver);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The section's value of a driver: its override, else the scenario's. */
    public double resolve(Driver driver, Drivers drivers) {
        Double value = values.get(driver);
        return value != null ? value : drivers.require(driver);
    }

    public Overrides with(Driver driver, double value) {
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.put(driver, value);
        return new Overrides(changed);
    }

    public Overrides without(Driver driver) {
        EnumMap<Driver, Double> changed = new EnumMap<>(Driver.class);
        changed.putAll(values);
        changed.remove(driver);
        return new Overrides(changed);
    }

    /** Refuses an override of a driver the section does not read. */
    void requireOnly(String section, Set<Driver> reads) {
        for (Driver driver : values.keySet()) {
            if (!reads.contains(driver)) {
                throw new InvalidInputException(driver.label(), section + " does not read the " + driver.label()
                        + ", so it cannot override it");
            }
        }
    }
}
